using System.Text.Json;
using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Values;
using IncidentWorkflows.Persistence.HumanTasks;

namespace IncidentWorkflows.Activities.HumanTasks;

/// <summary>
/// A task for a person or a group, served by the inbox (<c>/api/tasks</c>): the workflow waits until someone completes it
/// and goes on along the outcome they chose. Linked to a ticket, every step lands on the ticket's timeline.
/// </summary>
[Activity("Incidents.HumanTask", "Incidents", "Waits for a person to complete a task (form and outcome buttons) in the inbox.",
    DisplayName = "Human Task", Kind = ActivityKind.Blocking, Outcomes = ["Done", HumanTaskBookmarks.TicketResolvedOutcome])]
public sealed class HumanTask : HumanTaskActivity
{
    [Input(Description = "What to do, shown in the inbox.", IsRequired = true)]
    public Input<string> Title { get; set; } = new();

    [Input(Description = "How to do it; Liquid (Variables, Input, Variables.Ticket), rendered when the task opens.", UIHint = "multiline")]
    public Input<string> Instructions { get; set; } = new();

    [Input(Description = "The group whose members may claim it; without one, a ticket's task follows the ticket's support group.")]
    public Input<string> CandidateGroup { get; set; } = new();

    [Input(Description = "A role whose holders may claim it (e.g. service-manager).")]
    public Input<string> CandidateRole { get; set; } = new();

    [Input(Description = "The person it is assigned to at once (user name).")]
    public Input<string> Assignee { get; set; } = new();

    [Input(Description = "Form fields: name, label, type (text, multiline, number, boolean, select, date, email), required, options, min, max, maxLength, pattern.")]
    public Input<object> Fields { get; set; } = new();

    [Input(Description = "The outcomes shown as buttons; the workflow follows the chosen one. Default: Done.")]
    public Input<List<string>> Outcomes { get; set; } = new();

    [Input(Description = "How long people have (e.g. 04:00:00); sets the due time.")]
    public Input<TimeSpan?> DueIn { get; set; } = new();

    [Input(Description = "The ticket the task belongs to (INC-000123): its steps go on the ticket's timeline, and it ends when the ticket is resolved.")]
    public Input<string> Ticket { get; set; } = new();

    [Output(Description = "The outcome chosen.")]
    public Output<string> Outcome { get; set; } = new();

    [Output(Description = "The form values, by field name.")]
    public Output<object> Data { get; set; } = new();

    [Output(Description = "Who completed the task.")]
    public Output<string> CompletedBy { get; set; } = new();

    /// <summary>Constant outcomes are the ports the designer can connect; computed ones are known only at run time.</summary>
    public override IReadOnlyList<string>? GetPorts() =>
        Outcomes.Expression is Engine.Expressions.ConstantExpression { Value: IEnumerable<string> outcomes }
            ? [.. outcomes, HumanTaskBookmarks.TicketResolvedOutcome]
            : null;

    protected override HumanTaskOpening Describe(ActivityExecutionContext context)
    {
        var outcomes = context.Get(Outcomes) is { Count: > 0 } given ? given : ["Done"];
        return new HumanTaskOpening(
            context.Get(Title) is { Length: > 0 } title ? title : context.Activity.Name ?? context.Activity.Id,
            context.Get(Instructions), context.Get(CandidateGroup), context.Get(CandidateRole), context.Get(Assignee),
            ReadFields(context.Get(Fields)), outcomes, context.Get(DueIn), context.Get(Ticket), Payload: null);
    }

    protected override void SetOutputs(ActivityExecutionContext context, HumanTaskCompletion completion)
    {
        context.Set(Outcome, completion.Outcome, nameof(Outcome));
        context.Set(Data, completion.Data, nameof(Data));
        context.Set(CompletedBy, completion.CompletedBy, nameof(CompletedBy));
    }

    private static List<HumanTaskField> ReadFields(object? value)
    {
        if (ValueConverter.Normalize(value) is not { } plain || plain is string { Length: 0 })
            return [];
        var json = plain is string text ? text : JsonValues.ToJson(plain);
        var fields = JsonSerializer.Deserialize<List<HumanTaskField>>(json, HumanTaskJson.Options) ?? [];
        var unknown = fields.FirstOrDefault(f => string.IsNullOrWhiteSpace(f.Name) || !HumanTaskFieldTypes.All.Contains(f.Type));
        if (unknown is not null)
            throw new InvalidOperationException($"Form field '{unknown.Name}' needs a name and one of the types {string.Join(", ", HumanTaskFieldTypes.All)}.");
        return fields;
    }
}
