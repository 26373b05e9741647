using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Persistence.Tickets;

/// <summary>One line of a ticket list.</summary>
public sealed record TicketSummary(
    string Number,
    TicketKind Kind,
    string Title,
    TicketStatus Status,
    Severity Severity,
    Priority Priority,
    string Category,
    string? Subcategory,
    string SupportGroup,
    SupportLevel? SupportLevel,
    string? Assignee,
    string Requester,
    Channel Channel,
    DateTimeOffset CreatedAt,
    DateTimeOffset StatusChangedAt,
    SlaClockSet? Sla = null);
