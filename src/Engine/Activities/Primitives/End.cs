using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Primitives;

/// <summary>Completes the flowchart it is in at once, cancelling whatever else still runs there.</summary>
[Activity("Elsa.End", "Primitives", "Ends the flowchart it is in, cancelling its other branches.", Outcomes = [])]
public sealed class End : Activity, ITerminalNode
{
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context) => context.CompleteAsync();
}
