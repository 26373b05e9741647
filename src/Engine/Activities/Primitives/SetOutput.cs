using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Primitives;

/// <summary>Sets an output of the current workflow (the workflow used as an activity it runs in, or the instance).</summary>
[Activity("Elsa.SetOutput", "Primitives", "Sets an output of the current workflow.", DisplayName = "Set Output")]
public sealed class SetOutput : Activity
{
    [Input(Description = "The name of the workflow output.", IsRequired = true)]
    public Input<string> OutputName { get; set; } = new();

    [Input(Description = "The value to set.")]
    public Input<object> OutputValue { get; set; } = new();

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var name = context.Get(OutputName);
        if (string.IsNullOrWhiteSpace(name))
        {
            context.Fault("Set Output needs an output name.");
            return default;
        }

        context.Workflow.SetWorkflowOutput(context, name, context.Get(OutputValue));
        return context.CompleteAsync();
    }
}
