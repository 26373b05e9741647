using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Flow;

[Activity("Elsa.FlowDecision", "Branching", "Evaluates a condition and continues on True or False.", DisplayName = "Decision", Outcomes = ["True", "False"])]
public sealed class FlowDecision : Activity
{
    private static readonly string[] True = ["True"];
    private static readonly string[] False = ["False"];

    [Input(Description = "The condition to evaluate.", UIHint = "single-line", IsRequired = true)]
    public Input<bool> Condition { get; set; } = new();

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context) =>
        context.CompleteAsync(context.Get(Condition) ? True : False);
}
