using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Primitives;

[Activity("Elsa.SetName", "Primitives", "Sets the name of the workflow instance.", DisplayName = "Set Name")]
public sealed class SetName : Activity
{
    [Input(Description = "The instance name.")]
    public Input<string> Value { get; set; } = new();

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Workflow.Name = context.Get(Value);
        return context.CompleteAsync();
    }
}
