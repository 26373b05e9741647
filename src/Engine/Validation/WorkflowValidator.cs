using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Model;

namespace IncidentWorkflows.Engine.Validation;

/// <summary>Checks a definition before it is published or run; never throws for a bad definition.</summary>
public sealed class WorkflowValidator(WorkflowCompiler compiler)
{
    public IReadOnlyList<ValidationIssue> Validate(WorkflowDefinition definition)
    {
        var compiled = compiler.Compile(definition);
        return compiled.Issues;
    }
}
