using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Flow;

/// <summary>
/// Counter-based mode (Elsa's default): every completion "visits" the node and its outbound connections, marking
/// each followed or not. A join decides from the visit counts relative to its own visits, so loops work, and a
/// node whose inbound paths were all skipped is itself skipped (dead-path propagation) instead of blocking.
/// </summary>
public sealed partial class Flowchart
{
    private static readonly Dictionary<string, object?> BackwardInput = new() { [BackwardConnectionInput] = true };

    private async ValueTask OnChildCompletedCounterBasedAsync(ActivityExecutionContext context, ActivityExecutionContext child, FlowchartCounterState state)
    {
        var index = Graph.IndexOf(child.Activity.Id);
        var viaBackward = child.ScheduledInput?.ContainsKey(BackwardConnectionInput) == true;

        // Skips propagate through a work list, not recursion, so long dead paths cost no stack.
        var visits = new Queue<(int Activity, IReadOnlyList<string> Outcomes, bool Backward)>();
        visits.Enqueue((index, child.Outcomes, viaBackward));
        while (visits.TryDequeue(out var visit))
            Visit(context, state, visit.Activity, visit.Outcomes, visit.Backward, visits);

        await CompleteIfIdleAsync(context);
    }

    private void Visit(ActivityExecutionContext context, FlowchartCounterState state, int activity, IReadOnlyList<string> outcomes, bool backward, Queue<(int, IReadOnlyList<string>, bool)> visits)
    {
        if (!backward)
            state.ActivityVisits[activity]++;

        foreach (var connection in Graph.Outbound[activity])
        {
            var followed = IsFollowed(connection, outcomes);
            state.ConnectionVisits[connection.Index]++;
            state.LastFollowed[connection.Index] = followed;

            var target = connection.Target;
            if (connection.IsBackward)
            {
                if (followed)
                    context.Schedule(_activities[target], BackwardInput);
                continue;
            }

            switch (JoinModes.ForCounters(_activities[target], context))
            {
                case CounterJoin.WaitAllActive when AllVisited(state, target):
                    if (AnyFollowed(state, target))
                        context.Schedule(_activities[target]);
                    else
                        visits.Enqueue((target, [], false));
                    break;
                case CounterJoin.WaitAll when AllVisited(state, target):
                    if (AllFollowed(state, target))
                        context.Schedule(_activities[target]);
                    else
                        visits.Enqueue((target, [], false));
                    break;
                case CounterJoin.WaitAny:
                    VisitWaitAny(context, state, connection, target, visits);
                    break;
                case CounterJoin.Cascade when followed:
                    context.Schedule(_activities[target]);
                    break;
            }
        }
    }

    private void VisitWaitAny(ActivityExecutionContext context, FlowchartCounterState state, FlowConnection connection, int target, Queue<(int, IReadOnlyList<string>, bool)> visits)
    {
        // Already ran for this round of arrivals, or already waiting in the queue: later arrivals are ignored.
        if (state.ActivityVisits[target] >= state.ConnectionVisits[connection.Index] || IsQueued(context, _activities[target]))
            return;

        if (AnyFollowed(state, target))
        {
            context.Schedule(_activities[target]);
            foreach (var cancelled in CancelRunningAncestors(context, target))
                visits.Enqueue((Graph.IndexOf(cancelled.Activity.Id), [], false));
        }
        else if (AllVisited(state, target))
        {
            visits.Enqueue((target, [], false));
        }
    }

    private bool AllVisited(FlowchartCounterState state, int target)
    {
        var own = state.ActivityVisits[target];
        foreach (var inbound in Graph.ForwardInbound[target])
        {
            if (state.ConnectionVisits[inbound.Index] <= own)
                return false;
        }

        return true;
    }

    private bool AnyFollowed(FlowchartCounterState state, int target)
    {
        var own = state.ActivityVisits[target];
        foreach (var inbound in Graph.ForwardInbound[target])
        {
            if (state.ConnectionVisits[inbound.Index] > own && state.LastFollowed[inbound.Index])
                return true;
        }

        return false;
    }

    private bool AllFollowed(FlowchartCounterState state, int target)
    {
        var own = state.ActivityVisits[target];
        foreach (var inbound in Graph.ForwardInbound[target])
        {
            if (state.ConnectionVisits[inbound.Index] <= own || !state.LastFollowed[inbound.Index])
                return false;
        }

        return true;
    }
}
