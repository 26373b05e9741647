using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Flow;

public enum FlowJoinMode
{
    WaitAny,
    WaitAll,
}

/// <summary>Merges inbound branches. The flowchart decides when it runs (see <see cref="JoinModes"/>); running it just continues.</summary>
[Activity("Elsa.FlowJoin", "Branching", "Merges several branches into one: when any arrives (WaitAny) or when all have (WaitAll).", DisplayName = "Join")]
public sealed class FlowJoin : Activity
{
    [Input(Description = "WaitAny continues on the first arriving branch and cancels the others; WaitAll waits for every branch.", DefaultValue = "WaitAny")]
    public Input<FlowJoinMode> Mode { get; set; } = new(FlowJoinMode.WaitAny);

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context) => context.CompleteAsync();
}
