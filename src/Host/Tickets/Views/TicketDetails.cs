using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Host.Tickets.Views;

/// <summary>The whole ticket, for staff: classification with the criteria it rests on, routing, SLA clocks read now, work and history.</summary>
public sealed record TicketDetails : TicketView
{
    public required Guid Id { get; init; }
    public required TicketKind Kind { get; init; }
    public required string Description { get; init; }
    public required string Category { get; init; }
    public string? Subcategory { get; init; }
    public required bool IsSecurity { get; init; }
    public required Severity Severity { get; init; }
    public required string SeverityCriterion { get; init; }
    public required Priority Priority { get; init; }
    public required string PriorityCriterion { get; init; }
    public required string Requester { get; init; }
    public string? RequesterOrganization { get; init; }
    public required IReadOnlyList<string> AffectedServices { get; init; }
    public required Channel Channel { get; init; }
    public required DetectionSource DetectionSource { get; init; }
    public required string SupportGroup { get; init; }
    public SupportLevel? SupportLevel { get; init; }
    public string? Assignee { get; init; }

    /// <summary>What may happen next from the current status, each with the path that does it.</summary>
    public required IReadOnlyList<AllowedTransition> AllowedTransitions { get; init; }

    public DateTimeOffset? AcknowledgedAt { get; init; }
    public DateTimeOffset? FirstRespondedAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }
    public required int ReopenCount { get; init; }
    public PendingDetails? Pending { get; init; }
    public EscalationDetails? Escalation { get; init; }
    public ResolutionDetails? Resolution { get; init; }
    public ClosureDetails? Closure { get; init; }
    public CancellationDetails? Cancellation { get; init; }
    public string? RootCause { get; init; }
    public string? LessonsLearned { get; init; }
    public required SlaView Sla { get; init; }
    public required IReadOnlyList<TicketTask> Tasks { get; init; }
    public required IReadOnlyList<Comment> Comments { get; init; }
    public required IReadOnlyList<TimelineEntry> Timeline { get; init; }
}
