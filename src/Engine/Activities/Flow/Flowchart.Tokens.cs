using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Flow;

/// <summary>
/// Token-based mode: each followed connection carries a token; a node's merge mode decides how many tokens
/// it needs (Stream: none still pending upstream; Merge: one per forward inbound; Converge: one per inbound;
/// Race: the first, cancelling the others; Cascade: each one). Untaken paths carry no token and block nothing
/// except Merge and Converge joins, which then never run.
/// </summary>
public sealed partial class Flowchart
{
    private async ValueTask OnChildCompletedTokenBasedAsync(ActivityExecutionContext context, ActivityExecutionContext child, FlowchartTokenState state)
    {
        var tokens = state.Tokens;
        var completed = Graph.IndexOf(child.Activity.Id);
        var active = Graph.Outbound[completed].Where(c => IsFollowed(c, child.Outcomes)).ToList();

        foreach (var connection in active)
            tokens.Add(new FlowToken { Connection = connection.Index });
        foreach (var token in tokens)
        {
            if (!token.Consumed && !token.Blocked && Graph.Connections[token.Connection].Target == completed)
                token.Consumed = true;
        }

        foreach (var connection in active)
            OfferToken(context, state, connection, completed);

        if (!context.HasLiveChildren)
        {
            tokens.Clear();
            await context.CompleteAsync();
            return;
        }

        tokens.RemoveAll(t => t.Consumed && Graph.Connections[t.Connection].Target == completed);
    }

    private void OfferToken(ActivityExecutionContext context, FlowchartTokenState state, FlowConnection connection, int completed)
    {
        var tokens = state.Tokens;
        var target = connection.Target;
        var activity = _activities[target];
        switch (JoinModes.ForTokens(activity, context))
        {
            case MergeMode.Race:
                foreach (var cancelled in CancelRunningAncestors(context, target))
                {
                    var index = Graph.IndexOf(cancelled.Activity.Id);
                    tokens.RemoveAll(t => Graph.Connections[t.Connection].Source == index || Graph.Connections[t.Connection].Target == index);
                }

                var block = tokens.Find(t => t.Blocked && !t.Consumed && t.Connection == connection.Index);
                if (block is not null)
                {
                    block.Consumed = true;
                    break;
                }

                context.Schedule(activity);
                foreach (var other in Graph.ForwardInbound[target].Where(c => c.Source != completed))
                    tokens.Add(new FlowToken { Connection = other.Index, Blocked = true });
                break;

            case MergeMode.Cascade:
                context.Schedule(activity);
                break;

            case MergeMode.Merge:
                ScheduleWhenAllTokens(context, tokens, Graph.ForwardInbound[target], activity);
                break;

            case MergeMode.Converge:
                ScheduleWhenAllTokens(context, tokens, Graph.Inbound[target], activity);
                break;

            default:
                if (!Graph.ForwardInbound[target].Any(inbound => HasLiveTokenInto(tokens, inbound.Source)))
                    context.Schedule(activity);
                break;
        }
    }

    private void ScheduleWhenAllTokens(ActivityExecutionContext context, List<FlowToken> tokens, FlowConnection[] inbound, Activity activity)
    {
        if (inbound.Length <= 1 || inbound.All(c => tokens.Exists(t => !t.Consumed && !t.Blocked && t.Connection == c.Index)))
            context.Schedule(activity);
    }

    private bool HasLiveTokenInto(List<FlowToken> tokens, int activity) =>
        tokens.Exists(t => !t.Consumed && !t.Blocked && Graph.Connections[t.Connection].Target == activity);
}
