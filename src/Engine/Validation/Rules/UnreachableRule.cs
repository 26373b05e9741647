using System.Text.Json;
using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Activities.Flow;

namespace IncidentWorkflows.Engine.Validation.Rules;

/// <summary>
/// Warns about flowchart activities that never run: no path leads to them from the flowchart's start, nor from
/// an activity that can start the workflow on its own (a trigger, or one marked <c>canStartWorkflow</c>).
/// </summary>
public sealed class UnreachableRule : IValidationRule
{
    public string Name => "reachability";

    public void Check(ValidationContext context)
    {
        foreach (var flowchart in context.Flowcharts())
        {
            var graph = flowchart.Graph;
            var reached = Reach(graph, Roots(flowchart));
            for (var i = 0; i < graph.Activities.Count; i++)
            {
                if (!reached[i])
                {
                    var activity = graph.Activities[i];
                    context.Warning(ValidationRules.UnreachableActivity, $"No path from the start of flowchart '{flowchart.Id}' leads to '{activity.Node.DisplayName}'; it never runs.", activity.Id);
                }
            }
        }
    }

    private static IEnumerable<int> Roots(Flowchart flowchart)
    {
        if (flowchart.Graph.Start >= 0)
            yield return flowchart.Graph.Start;
        for (var i = 0; i < flowchart.Activities.Count; i++)
        {
            if (CanStartWorkflow(flowchart.Activities[i]))
                yield return i;
        }
    }

    public static bool CanStartWorkflow(Activity activity) =>
        ActivityMetadata.Of(activity.GetType())?.Kind == ActivityKind.Trigger
        || activity.Node.CustomProperties["canStartWorkflow"]?.GetValueKind() == JsonValueKind.True;

    private static bool[] Reach(FlowGraph graph, IEnumerable<int> roots)
    {
        var reached = new bool[graph.Activities.Count];
        var pending = new Stack<int>();
        foreach (var root in roots)
        {
            if (!reached[root])
            {
                reached[root] = true;
                pending.Push(root);
            }
        }

        while (pending.Count > 0)
        {
            foreach (var connection in graph.Outbound[pending.Pop()])
            {
                if (!reached[connection.Target])
                {
                    reached[connection.Target] = true;
                    pending.Push(connection.Target);
                }
            }
        }

        return reached;
    }
}
