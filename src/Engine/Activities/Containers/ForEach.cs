using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Values;

namespace IncidentWorkflows.Engine.Activities.Containers;

/// <summary>Runs its body once per item, one item at a time.</summary>
[Activity("Elsa.ForEach", "Looping", "Runs its body for each item, one after another.", DisplayName = "For Each")]
public sealed class ForEach : LoopActivity
{
    [Output(Description = "The item of the current iteration.")]
    public Output<object> CurrentValueOutput { get; set; } = new();

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var items = ToItems(context.Get(Items));
        context.State = new IndexState { Items = items.Select(JsonValues.ToNode).ToList() };
        return NextAsync(context);
    }

    protected internal override ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ActivityExecutionContext child) => NextAsync(context);

    private ValueTask NextAsync(ActivityExecutionContext context)
    {
        var state = (IndexState)context.State!;
        var items = state.Items ?? [];
        if (Body is null || state.Index >= items.Count)
            return context.CompleteAsync();

        var index = state.Index++;
        var item = JsonValues.FromNode(items[index]);
        context.Set(CurrentValueOutput, item, CurrentValue);
        context.Schedule(Body, variables: IterationVariables(item, index));
        return default;
    }
}
