using IncidentWorkflows.Incidents.Triage;

namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>What a requester, a monitoring alert or a staff member reports; <see cref="TicketIntake"/> turns it into a ticket.</summary>
public sealed record TicketReport
{
    public required TicketKind Kind { get; init; }

    public required string Title { get; init; }

    public string Description { get; init; } = "";

    public required string Category { get; init; }

    public string? Subcategory { get; init; }

    public required string RequesterId { get; init; }

    public string? RequesterOrganization { get; init; }

    public IReadOnlyList<string> AffectedServices { get; init; } = [];

    public required Channel Channel { get; init; }

    /// <summary>When not given it follows the channel: monitoring and staff are internal, everything else external.</summary>
    public DetectionSource? DetectionSource { get; init; }

    public TriageFacts Facts { get; init; } = TriageFacts.None;
}
