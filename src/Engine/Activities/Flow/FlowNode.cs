using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Flow;

/// <summary>Runs its body (usually a nested flowchart) and continues once the body completes.</summary>
[Activity("Elsa.FlowNode", "Workflows", "Runs a nested activity, typically a flowchart, as one node.", DisplayName = "Flow Node")]
public sealed class FlowNode : Activity, IContainerActivity
{
    public Activity? Body { get; private set; }

    public override IEnumerable<Activity> Children => Body is null ? [] : [Body];

    protected internal override void OnCompiled(CompilationContext context)
    {
        if (Node.Slots.TryGetValue("body", out var body))
            Body = context.CompileNode(body, this, NodeId);
    }

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (Body is null)
            return context.CompleteAsync();
        context.Schedule(Body);
        return default;
    }

    protected internal override ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ActivityExecutionContext child) =>
        context.CompleteAsync();
}
