using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Triage;

namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>
/// Everything a new ticket starts with, already decided: triage, routing and SLA policy. <see cref="TicketIntake"/>
/// builds it from a report; persistence or tests may build it directly.
/// </summary>
public sealed record TicketOpening
{
    public required long Number { get; init; }

    public required TicketKind Kind { get; init; }

    public required string Title { get; init; }

    public string Description { get; init; } = "";

    public required CategoryPath Category { get; init; }

    public required SeverityAssessment Severity { get; init; }

    public required PriorityAssessment Priority { get; init; }

    public required string RequesterId { get; init; }

    public string? RequesterOrganization { get; init; }

    public IReadOnlyList<string> AffectedServices { get; init; } = [];

    public required Channel Channel { get; init; }

    public required DetectionSource DetectionSource { get; init; }

    public required string SupportGroupId { get; init; }

    public SupportLevel? SupportLevel { get; init; } = Tickets.SupportLevel.L1;

    public required SlaPolicy SlaPolicy { get; init; }
}
