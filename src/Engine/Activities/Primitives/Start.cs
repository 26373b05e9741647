using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Primitives;

[Activity("Elsa.Start", "Primitives", "Marks where a flowchart begins.")]
public sealed class Start : Activity
{
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context) => context.CompleteAsync();
}
