using IncidentWorkflows.Engine.Runtime;
using IncidentWorkflows.Engine.Validation;
using IncidentWorkflows.Host.Workflows;

namespace IncidentWorkflows.Host.Cli;

/// <summary><c>validate FILE... [--json]</c>: reports each file's issues; fails when any file has an error.</summary>
public static class ValidateCommand
{
    public const string Usage = "validate FILE... [--json]";

    public static int Execute(IReadOnlyList<string> args, TextWriter stdout)
    {
        var commandLine = CommandLine.Parse(args, [], ["--json"]);
        if (commandLine.HelpRequested)
        {
            stdout.WriteLine($"usage: {Usage}");
            return ExitCodes.Ok;
        }

        if (commandLine.Positionals.Count == 0)
            throw new UsageException("validate needs at least one workflow file.");

        var files = commandLine.Positionals.Select(WorkflowFile.Load).ToList();
        var results = Validate(files);
        if (commandLine.Flag("--json"))
            ValidationReport.WriteJson(stdout, results);
        else
            ValidationReport.WriteText(stdout, results);

        return results.Any(r => r.HasErrors) ? ExitCodes.Failed : ExitCodes.Ok;
    }

    /// <summary>
    /// All files share one definition store, so a workflow that uses another one named on the same
    /// command line as an activity (or child workflow) validates against it.
    /// </summary>
    private static List<FileValidation> Validate(List<WorkflowFile> files)
    {
        var store = new InMemoryDefinitionStore();
        foreach (var file in files)
        {
            if (file.Definition is not null)
                store.Add(file.Definition);
        }

        var validator = new WorkflowValidator(ActivityCatalog.CreateCompiler(store));
        return files.Select(file => new FileValidation(file.Path, file.Definition is null ? [file.LoadError!] : validator.Validate(file.Definition))).ToList();
    }
}

/// <summary>The issues of one file.</summary>
public sealed record FileValidation(string File, IReadOnlyList<ValidationIssue> Issues)
{
    public bool HasErrors => Issues.Any(i => i.Severity == ValidationSeverity.Error);
}
