using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Primitives;

[Activity("Elsa.WriteLine", "Primitives", "Writes a line of text to the workflow's output (the console when run from the command line).", DisplayName = "Write Line")]
public sealed class WriteLine : Activity
{
    [Input(Description = "The text to write.")]
    public Input<string> Text { get; set; } = new();

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.WriteLine(context.Get(Text));
        return context.CompleteAsync();
    }
}
