using System.Text.Json;
using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Flow;

/// <summary>
/// Activities joined by connections. A child's outcomes choose the connections to follow; nodes with several
/// inbound connections join according to the flowchart mode (counter- or token-based) and their merge mode.
/// </summary>
[Activity("Elsa.Flowchart", "Workflows", "A graph of activities joined by connections; outcomes choose the path.", Outcomes = ["Done"])]
public sealed partial class Flowchart : Activity, IContainerActivity
{
    public const string BackwardConnectionInput = "BackwardConnection";

    private List<Activity> _activities = [];

    public FlowGraph Graph { get; private set; } = null!;

    public IReadOnlyList<Activity> Activities => _activities;

    public override IEnumerable<Activity> Children => _activities;

    protected internal override void OnCompiled(CompilationContext context)
    {
        _activities = (Node.Activities ?? []).Select(n => context.CompileNode(n, this, NodeId)).ToList();
        Graph = new FlowGraph(_activities, Node.Connections ?? [], FindStart());
    }

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var start = StartFor(context.Workflow);
        if (start < 0)
            return context.CompleteAsync();

        if (context.Workflow.FlowchartMode == FlowchartMode.TokenBased)
            context.State = new FlowchartTokenState();
        else
            context.State = new FlowchartCounterState
            {
                ActivityVisits = new int[_activities.Count],
                ConnectionVisits = new int[Graph.Connections.Length],
                LastFollowed = new bool[Graph.Connections.Length],
            };
        context.Schedule(_activities[start]);
        return default;
    }

    protected internal override ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ActivityExecutionContext child)
    {
        if (child.Activity is ITerminalNode)
            return context.CompleteAsync();

        return context.State is FlowchartTokenState tokens
            ? OnChildCompletedTokenBasedAsync(context, child, tokens)
            : OnChildCompletedCounterBasedAsync(context, child, (FlowchartCounterState)context.State!);
    }

    /// <summary>The trigger that started the workflow if it is in this flowchart, else the static start.</summary>
    private int StartFor(WorkflowExecutionContext workflow)
    {
        if (workflow.TriggerActivityId is { } trigger)
        {
            var index = Graph.IndexOf(trigger);
            if (index >= 0)
                return index;
        }

        return Graph.Start;
    }

    /// <summary>Elsa's order: explicit <c>start</c>, an Elsa.Start, a "can start workflow" node, the first node without inbound connections, the first node.</summary>
    private int FindStart()
    {
        if (_activities.Count == 0)
            return -1;
        if (Node.GetProperty("start") is { } explicitStart && explicitStart.GetValueKind() == JsonValueKind.String)
        {
            var index = _activities.FindIndex(a => a.Id == explicitStart.GetValue<string>());
            if (index >= 0)
                return index;
        }

        var startActivity = _activities.FindIndex(a => a.Type == "Elsa.Start");
        if (startActivity >= 0)
            return startActivity;
        var canStart = _activities.FindIndex(a => a.Node.CustomProperties["canStartWorkflow"]?.GetValueKind() == JsonValueKind.True);
        if (canStart >= 0)
            return canStart;
        var targets = (Node.Connections ?? []).Select(c => c.Target.Activity).ToHashSet(StringComparer.Ordinal);
        var root = _activities.FindIndex(a => !targets.Contains(a.Id));
        return root >= 0 ? root : 0;
    }

    private static bool IsFollowed(FlowConnection connection, IReadOnlyList<string> outcomes)
    {
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (string.Equals(outcomes[i], connection.SourcePort, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    private ValueTask CompleteIfIdleAsync(ActivityExecutionContext context) =>
        context.HasLiveChildren || context.IsFinished ? default : context.CompleteAsync();

    /// <summary>Cancels running (not merely queued) children that lie upstream of <paramref name="target"/>.</summary>
    private List<ActivityExecutionContext> CancelRunningAncestors(ActivityExecutionContext context, int target)
    {
        var ancestors = Graph.AncestorsOf(target);
        var cancelled = new List<ActivityExecutionContext>();
        foreach (var child in context.LiveChildren.ToArray())
        {
            if (child.Status == ActivityStatus.Running && ancestors.Contains(Graph.IndexOf(child.Activity.Id)))
            {
                child.Cancel();
                cancelled.Add(child);
            }
        }

        return cancelled;
    }

    private bool IsQueued(ActivityExecutionContext context, Activity activity)
    {
        foreach (var child in context.LiveChildren)
        {
            if (child.Status == ActivityStatus.Pending && ReferenceEquals(child.Activity, activity))
                return true;
        }

        return false;
    }
}
