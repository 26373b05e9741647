using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Expressions;

namespace IncidentWorkflows.Engine.Activities.Flow;

[Activity("Elsa.FlowFork", "Branching", "Continues on every listed branch at once.", DisplayName = "Fork", Outcomes = [])]
public sealed class FlowFork : Activity
{
    [Input(Description = "The branch names; each becomes an outcome.", UIHint = "dynamic-outcomes")]
    public Input<string[]> Branches { get; set; } = new([]);

    /// <summary>Known only when the branches are a constant.</summary>
    public override IReadOnlyList<string>? GetPorts() =>
        Branches.Expression is null ? Branches.Default ?? []
        : Branches.Expression is ConstantExpression { Value: string[] branches } ? branches
        : null;

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context) =>
        context.CompleteAsync(context.Get(Branches) ?? []);
}
