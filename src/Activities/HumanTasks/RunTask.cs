using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Activities.HumanTasks;

/// <summary>
/// Elsa 3's <c>Elsa.RunTask</c>: a named task handed to the outside world. Here it is served by the inbox like a human task
/// (title = task name, the payload shown as data); what the person submits is its result.
/// </summary>
[Activity("Elsa.RunTask", "Primitives", "Runs a task outside the workflow (served by the inbox) and waits for its result.",
    DisplayName = "Run Task", Kind = ActivityKind.Blocking)]
public sealed class RunTask : HumanTaskActivity
{
    [Input(Description = "The name of the task.", IsRequired = true)]
    public Input<string> TaskName { get; set; } = new();

    [Input(Description = "What the task is given.")]
    public Input<object> Payload { get; set; } = new();

    [Output(Description = "What the task was completed with.")]
    public Output<object> Result { get; set; } = new();

    protected override HumanTaskOpening Describe(ActivityExecutionContext context) => new(
        context.Get(TaskName) is { Length: > 0 } name ? name : context.Activity.Id,
        Instructions: null, CandidateGroup: null, CandidateRole: null, Assignee: null, Fields: [], Outcomes: ["Done"],
        DueIn: null, Ticket: null, Payload: context.Get(Payload));

    protected override void SetOutputs(ActivityExecutionContext context, HumanTaskCompletion completion) =>
        context.Set(Result, completion.Data, nameof(Result));
}
