using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Activities.Flow;
using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Model;

namespace IncidentWorkflows.Engine.Validation;

/// <summary>What the rules see: the definition as written, its compiled form (when compiling worked) and the issues so far.</summary>
public sealed class ValidationContext(WorkflowDefinition definition, CompiledWorkflow? compiled)
{
    private readonly List<ValidationIssue> _issues = [];

    public WorkflowDefinition Definition { get; } = definition;

    /// <summary>Null when the compiler itself failed; rules that need activity objects then skip.</summary>
    public CompiledWorkflow? Compiled { get; } = compiled;

    public IReadOnlyList<ValidationIssue> Issues => _issues;

    public void Report(ValidationIssue issue) => _issues.Add(issue);

    public void Error(string rule, string message, string? activityId, string? property = null) =>
        _issues.Add(new ValidationIssue(ValidationSeverity.Error, rule, message, activityId, property));

    public void Warning(string rule, string message, string? activityId, string? property = null) =>
        _issues.Add(new ValidationIssue(ValidationSeverity.Warning, rule, message, activityId, property));

    /// <summary>
    /// The compiled activities of this definition, depth first. Bodies of workflows used as activities are
    /// skipped: they belong to their own definition, which is validated on its own.
    /// </summary>
    public IEnumerable<Activity> Activities()
    {
        if (Compiled is null)
            yield break;
        var pending = new Stack<Activity>();
        pending.Push(Compiled.Root);
        while (pending.Count > 0)
        {
            var activity = pending.Pop();
            yield return activity;
            if (activity is CompositeActivity)
                continue;
            foreach (var child in activity.Children.Reverse())
                pending.Push(child);
        }
    }

    public IEnumerable<Flowchart> Flowcharts() => Activities().OfType<Flowchart>();
}
