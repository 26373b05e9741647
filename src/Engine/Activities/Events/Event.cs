using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Events;

/// <summary>Waits for a named event (or starts the workflow when it is the trigger). The event's input becomes the result.</summary>
[Activity("Elsa.Event", "Primitives", "Waits until an event with the given name is triggered.", Kind = ActivityKind.Trigger)]
public sealed class Event : Activity
{
    public const string StimulusName = "Elsa.Event";

    [Input(Description = "The name of the event to wait for.", IsRequired = true)]
    public Input<string> EventName { get; set; } = new();

    [Output(Description = "The input the event was triggered with.")]
    public Output<object> Result { get; set; } = new();

    public override IEnumerable<IReadOnlyDictionary<string, string>> TriggerPayloads()
    {
        if (EventName.Expression is Expressions.ConstantExpression { Value: string name })
            yield return new Dictionary<string, string> { ["eventName"] = name };
    }

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.ConsumeTrigger())
            return CompleteWithInputAsync(context);

        var name = context.Get(EventName) ?? "";
        context.CreateBookmark(StimulusName, new Dictionary<string, string> { ["eventName"] = name });
        return default;
    }

    protected internal override ValueTask OnResumeAsync(ActivityExecutionContext context, Bookmark bookmark) => CompleteWithInputAsync(context);

    private ValueTask CompleteWithInputAsync(ActivityExecutionContext context)
    {
        var input = context.Workflow.ResumeInput;
        if (input.Count > 0)
            context.Set(Result, new Dictionary<string, object?>(input), "Result");
        return context.CompleteAsync();
    }
}
