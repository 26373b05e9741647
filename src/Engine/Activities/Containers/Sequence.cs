using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Containers;

/// <summary>Runs its activities one after another.</summary>
[Activity("Elsa.Sequence", "Workflows", "Runs activities one after another.")]
public sealed class Sequence : Activity, IContainerActivity
{
    private List<Activity> _activities = [];

    public IReadOnlyList<Activity> Activities => _activities;

    public override IEnumerable<Activity> Children => _activities;

    protected internal override void OnCompiled(CompilationContext context) =>
        _activities = (Node.Activities ?? []).Select(n => context.CompileNode(n, this, NodeId)).ToList();

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.State = new IndexState();
        return ScheduleNextAsync(context);
    }

    protected internal override ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ActivityExecutionContext child) =>
        ScheduleNextAsync(context);

    private ValueTask ScheduleNextAsync(ActivityExecutionContext context)
    {
        var state = (IndexState)context.State!;
        if (state.Index >= _activities.Count)
            return context.CompleteAsync();
        context.Schedule(_activities[state.Index++]);
        return default;
    }
}
