using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Primitives;

/// <summary>Finishes the whole workflow instance immediately, whatever else is running or waiting.</summary>
[Activity("Elsa.Finish", "Primitives", "Finishes the workflow instance immediately.", Outcomes = [])]
public sealed class Finish : Activity, ITerminalNode
{
    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        await context.CompleteAsync();
        context.Workflow.Finish(WorkflowSubStatus.Finished);
    }
}
