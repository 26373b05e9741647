using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Containers;

/// <summary>Schedules its body once per item at once; completes when every iteration has.</summary>
[Activity("Elsa.ParallelForEach", "Looping", "Runs its body for every item at once and completes when all iterations have.", DisplayName = "Parallel For Each")]
public sealed class ParallelForEach : LoopActivity
{
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var items = ToItems(context.Get(Items));
        if (Body is null || items.Count == 0)
            return context.CompleteAsync();
        for (var i = 0; i < items.Count; i++)
            context.Schedule(Body, variables: IterationVariables(items[i], i));
        return default;
    }

    protected internal override ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ActivityExecutionContext child) =>
        context.HasLiveChildren ? default : context.CompleteAsync();
}
