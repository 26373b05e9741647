using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Persistence.Tickets;

/// <summary>
/// What a ticket list shows: every criterion given must hold. <see cref="Search"/> matches a ticket number
/// (<c>INC-000123</c>, <c>inc-123</c> or just <c>123</c>) or text in the title or description, ignoring case.
/// </summary>
public sealed record TicketFilter
{
    public TicketStatus? Status { get; init; }
    public Severity? Severity { get; init; }
    public Priority? Priority { get; init; }
    public TicketKind? Kind { get; init; }
    public Channel? Channel { get; init; }
    public string? Category { get; init; }
    public string? Group { get; init; }
    public string? Assignee { get; init; }
    public string? Requester { get; init; }
    public string? Search { get; init; }
    public int Page { get; init; }
    public int PageSize { get; init; } = 50;
}
