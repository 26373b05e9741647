using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities;

/// <summary>Stands in for a node whose type could not be resolved; validation reports it and running it faults.</summary>
public sealed class UnknownActivity(string reason) : Activity
{
    public string Reason { get; } = reason;

    public override IReadOnlyList<string>? GetPorts() => null;

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Fault(Reason, code: "unknown-activity-type");
        return default;
    }
}
