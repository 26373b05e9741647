using System.Collections;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Values;

namespace IncidentWorkflows.Engine.Activities.Primitives;

/// <summary>
/// Completes the nearest workflow with the given outcomes: the workflow used as an activity it runs in (whose
/// node then continues on those ports), or the instance itself at the top level. It does not cascade further up.
/// </summary>
[Activity("Elsa.Complete", "Primitives", "Completes the current workflow with one or more outcomes.", Outcomes = [])]
public sealed class Complete : Activity, ITerminalNode
{
    [Input(Description = "The outcome(s) the workflow completes with.", UIHint = "outcome-picker")]
    public Input<object> Outcomes { get; set; } = new();

    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var outcomes = ToOutcomes(context.Get(Outcomes));
        var composite = context.NearestComposite();
        if (composite is null)
        {
            await context.CompleteAsync();
            context.Workflow.Finish(WorkflowSubStatus.Finished);
            return;
        }

        composite.Composite!.CompletedOutcomes = outcomes;
        await ((CompositeActivity)composite.Activity).CompleteCompositeAsync(composite, outcomes);
    }

    private static List<string> ToOutcomes(object? value) => value switch
    {
        null => ["Done"],
        string s => [s],
        IEnumerable items => items.Cast<object?>().Select(ValueConverter.ToText).ToList(),
        _ => [ValueConverter.ToText(value)],
    };
}
