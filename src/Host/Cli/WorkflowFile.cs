using IncidentWorkflows.Engine.Model;
using IncidentWorkflows.Engine.Serialization;
using IncidentWorkflows.Engine.Validation;

namespace IncidentWorkflows.Host.Cli;

/// <summary>A workflow file named on the command line: its definition, or the reason it could not be read.</summary>
public sealed record WorkflowFile(string Path, WorkflowDefinition? Definition, ValidationIssue? LoadError)
{
    /// <summary>Reads and parses one file. A missing file is a usage error; unreadable content becomes an invalid-json issue.</summary>
    public static WorkflowFile Load(string path)
    {
        if (!File.Exists(path))
            throw new UsageException($"File not found: {path}");

        try
        {
            return new WorkflowFile(path, WorkflowJsonReader.Parse(File.ReadAllText(path)), null);
        }
        catch (WorkflowJsonException e)
        {
            return Failed(path, $"{e.Message} (at {e.Path})");
        }
        catch (Exception e)
        {
            // Whatever else goes wrong with a file's content (I/O, odd JSON shapes) is that file's problem,
            // reported like the others; the user never sees a stack trace.
            return Failed(path, e.Message);
        }
    }

    private static WorkflowFile Failed(string path, string message) =>
        new(path, null, new ValidationIssue(ValidationSeverity.Error, ValidationRules.InvalidJson, message));
}
