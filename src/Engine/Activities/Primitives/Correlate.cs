using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Primitives;

[Activity("Elsa.Correlate", "Primitives", "Sets the correlation id of the workflow instance.")]
public sealed class Correlate : Activity
{
    [Input(Description = "The correlation id.", IsRequired = true)]
    public Input<string> CorrelationId { get; set; } = new();

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.CorrelationId = context.Get(CorrelationId);
        return context.CompleteAsync();
    }
}
