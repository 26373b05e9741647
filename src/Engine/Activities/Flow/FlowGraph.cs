using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Model;

namespace IncidentWorkflows.Engine.Activities.Flow;

/// <summary>A flowchart connection resolved to activity indexes, classified as forward or backward (a loop).</summary>
public sealed record FlowConnection(int Index, int Source, string SourcePort, int Target, string TargetPort, bool IsBackward);

/// <summary>
/// The compiled shape of a flowchart: activities by index, connections by source and target, and which
/// connections close a loop (found by a depth-first walk from the start activity).
/// </summary>
public sealed class FlowGraph
{
    private readonly Dictionary<string, int> _indexById;

    public FlowGraph(IReadOnlyList<Activity> activities, IReadOnlyList<Connection> connections, int start)
    {
        Activities = activities;
        _indexById = new(activities.Count, StringComparer.Ordinal);
        for (var i = 0; i < activities.Count; i++)
            _indexById.TryAdd(activities[i].Id, i);

        var resolved = new List<(int Source, string Port, int Target, string TargetPort)>();
        foreach (var connection in connections)
        {
            if (_indexById.TryGetValue(connection.Source.Activity, out var source) && _indexById.TryGetValue(connection.Target.Activity, out var target))
                resolved.Add((source, connection.Source.Port, target, connection.Target.Port));
        }

        var backward = FindBackwardConnections(activities.Count, resolved, start);
        Connections = resolved.Select((c, i) => new FlowConnection(i, c.Source, c.Port, c.Target, c.TargetPort, backward.Contains(i))).ToArray();
        Outbound = Group(activities.Count, Connections, c => c.Source);
        Inbound = Group(activities.Count, Connections, c => c.Target);
        ForwardInbound = Inbound.Select(list => list.Where(c => !c.IsBackward).ToArray()).ToArray();
        Start = start;
    }

    public IReadOnlyList<Activity> Activities { get; }
    public FlowConnection[] Connections { get; }
    public FlowConnection[][] Outbound { get; }
    public FlowConnection[][] Inbound { get; }
    public FlowConnection[][] ForwardInbound { get; }

    /// <summary>Index of the start activity, or -1 for an empty flowchart.</summary>
    public int Start { get; }

    public int IndexOf(string activityId) => _indexById.GetValueOrDefault(activityId, -1);

    /// <summary>Every activity from which <paramref name="target"/> can be reached over forward connections.</summary>
    public HashSet<int> AncestorsOf(int target)
    {
        var result = new HashSet<int>();
        var pending = new Stack<int>();
        pending.Push(target);
        while (pending.Count > 0)
        {
            foreach (var connection in ForwardInbound[pending.Pop()])
            {
                if (result.Add(connection.Source))
                    pending.Push(connection.Source);
            }
        }

        return result;
    }

    /// <summary>Activities that no path from the start reaches.</summary>
    public IEnumerable<int> Unreachable()
    {
        if (Start < 0)
            return [];
        var seen = new HashSet<int> { Start };
        var pending = new Stack<int>();
        pending.Push(Start);
        while (pending.Count > 0)
        {
            foreach (var connection in Outbound[pending.Pop()])
            {
                if (seen.Add(connection.Target))
                    pending.Push(connection.Target);
            }
        }

        return Enumerable.Range(0, Activities.Count).Where(i => !seen.Contains(i));
    }

    private static FlowConnection[][] Group(int count, FlowConnection[] connections, Func<FlowConnection, int> key)
    {
        var lists = new List<FlowConnection>[count];
        for (var i = 0; i < count; i++)
            lists[i] = [];
        foreach (var connection in connections)
            lists[key(connection)].Add(connection);
        return lists.Select(l => l.ToArray()).ToArray();
    }

    /// <summary>Iterative depth-first search; an edge into a node still on the path is a back edge (a loop).</summary>
    private static HashSet<int> FindBackwardConnections(int count, List<(int Source, string Port, int Target, string TargetPort)> connections, int start)
    {
        var outbound = new List<int>[count];
        for (var i = 0; i < count; i++)
            outbound[i] = [];
        for (var i = 0; i < connections.Count; i++)
            outbound[connections[i].Source].Add(i);

        var state = new byte[count]; // 0 unvisited, 1 on path, 2 done
        var backward = new HashSet<int>();
        var roots = start >= 0 ? new[] { start }.Concat(Enumerable.Range(0, count)) : Enumerable.Range(0, count);
        foreach (var root in roots)
        {
            if (state[root] != 0)
                continue;
            var stack = new Stack<(int Node, int Next)>();
            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                if (next < outbound[node].Count)
                {
                    stack.Push((node, next + 1));
                    var edge = outbound[node][next];
                    var target = connections[edge].Target;
                    if (state[target] == 1)
                        backward.Add(edge);
                    else if (state[target] == 0)
                    {
                        state[target] = 1;
                        stack.Push((target, 0));
                    }
                }
                else
                {
                    state[node] = 2;
                }
            }
        }

        return backward;
    }
}
