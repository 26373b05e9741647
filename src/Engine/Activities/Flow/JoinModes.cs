using System.Text.Json;
using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Flow;

/// <summary>Elsa's merge modes, set per node in <c>customProperties.mergeMode</c>.</summary>
public enum MergeMode
{
    Stream,
    Merge,
    Converge,
    Race,
    Cascade,
}

/// <summary>How a counter-based flowchart joins inbound paths.</summary>
internal enum CounterJoin
{
    /// <summary>Implicit join: run once every forward inbound connection was visited and at least one followed.</summary>
    WaitAllActive,

    /// <summary>Run once every forward inbound connection was visited and all were followed.</summary>
    WaitAll,

    /// <summary>Run on the first followed connection; cancel the other running inbound branches.</summary>
    WaitAny,

    /// <summary>Run once per followed connection.</summary>
    Cascade,
}

internal static class JoinModes
{
    /// <summary>An explicit merge mode from the node, or null when unset (or "None", which Elsa treats as unset).</summary>
    public static MergeMode? Declared(Activity activity)
    {
        var value = activity.Node.CustomProperties["mergeMode"];
        if (value is null || value.GetValueKind() != JsonValueKind.String)
            return null;
        return Enum.TryParse<MergeMode>(value.GetValue<string>(), ignoreCase: true, out var mode) ? mode : null;
    }

    public static MergeMode ForTokens(Activity target, ActivityExecutionContext scope)
    {
        if (target is FlowJoin join)
            return scope.Get(join.Mode) == FlowJoinMode.WaitAll ? MergeMode.Merge : MergeMode.Race;
        return Declared(target) ?? MergeMode.Stream;
    }

    /// <summary>
    /// Counter mode knows only WaitAll/WaitAny/implicit joins; an explicit merge mode maps to the nearest one
    /// (Merge and Converge wait for all, Race waits for any, Cascade runs per arrival, Stream is the implicit join).
    /// </summary>
    public static CounterJoin ForCounters(Activity target, ActivityExecutionContext scope)
    {
        if (target is FlowJoin join)
            return scope.Get(join.Mode) == FlowJoinMode.WaitAll ? CounterJoin.WaitAll : CounterJoin.WaitAny;
        return Declared(target) switch
        {
            MergeMode.Merge or MergeMode.Converge => CounterJoin.WaitAll,
            MergeMode.Race => CounterJoin.WaitAny,
            MergeMode.Cascade => CounterJoin.Cascade,
            _ => CounterJoin.WaitAllActive,
        };
    }
}
