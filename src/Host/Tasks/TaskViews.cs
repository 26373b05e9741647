using System.Text.Json.Nodes;
using IncidentWorkflows.Persistence.HumanTasks;

namespace IncidentWorkflows.Host.Tasks;

/// <summary>
/// A task in the inbox list. <c>TicketDueAt</c> and <c>TicketSeverity</c> come from the linked ticket (its nearest SLA due
/// moment among open clocks, read now), so the inbox can sort by SLA urgency.
/// </summary>
public sealed record TaskSummary(
    string Id, string Title, HumanTaskStatus Status, string? CandidateGroup, string? CandidateRole, string? Assignee,
    DateTimeOffset? DueAt, string? Ticket, DateTimeOffset CreatedAt, string InstanceId, string ActivityType)
{
    public DateTimeOffset? TicketDueAt { get; init; }

    public string? TicketSeverity { get; init; }

    public string? TicketSlaState { get; init; }

    public static TaskSummary For(HumanTaskRecord t) =>
        new(t.Id, t.Title, t.Status, t.CandidateGroup, t.CandidateRole, t.Assignee, t.DueAt, t.TicketNumber, t.CreatedAt, t.InstanceId, t.ActivityType);
}

/// <summary>One step of a task's history: who, when, old → new.</summary>
public sealed record TaskStepView(string Kind, string Actor, DateTimeOffset At, string? OldValue, string? NewValue, string? Note);

/// <summary>A whole task: the form to fill in, the outcome buttons, what it was given, how it ended and its history.</summary>
public sealed record TaskDetails(
    string Id, string Title, string? Instructions, HumanTaskStatus Status, string? CandidateGroup, string? CandidateRole,
    string? Assignee, DateTimeOffset? DueAt, string? Ticket, string InstanceId, string ActivityId, string ActivityType,
    IReadOnlyList<HumanTaskField> Fields, IReadOnlyList<string> Outcomes, JsonNode? Payload,
    DateTimeOffset CreatedAt, DateTimeOffset? ClaimedAt, DateTimeOffset? ClosedAt, string? CompletedBy, string? Outcome,
    JsonNode? Data, int Version, IReadOnlyList<TaskStepView> History)
{
    public static TaskDetails For(HumanTaskRecord t) => new(
        t.Id, t.Title, t.Instructions, t.Status, t.CandidateGroup, t.CandidateRole, t.Assignee, t.DueAt, t.TicketNumber,
        t.InstanceId, t.ActivityId, t.ActivityType, HumanTaskJson.Fields(t), HumanTaskJson.Outcomes(t), HumanTaskJson.Node(t.PayloadJson),
        t.CreatedAt, t.ClaimedAt, t.ClosedAt, t.CompletedBy, t.Outcome, HumanTaskJson.Node(t.DataJson), t.Version,
        t.History.OrderBy(s => s.Id).Select(s => new TaskStepView(s.Kind, s.Actor, s.At, s.OldValue, s.NewValue, s.Note)).ToList());
}
