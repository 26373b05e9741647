using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Primitives;

/// <summary>Faults the workflow on purpose, with a message, code and category recorded in the incident.</summary>
[Activity("Elsa.Fault", "Primitives", "Faults the workflow with a message, code and category.", Outcomes = [])]
public sealed class Fault : Activity
{
    [Input(Description = "What went wrong.")]
    public Input<string> Message { get; set; } = new();

    [Input(Description = "A code for the fault.")]
    public Input<string> Code { get; set; } = new();

    [Input(Description = "A category for the fault.")]
    public Input<string> Category { get; set; } = new();

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Fault(context.Get(Message) ?? "Faulted by the workflow.", code: context.Get(Code), category: context.Get(Category));
        return default;
    }
}
