using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.ProcessConfiguration;

namespace IncidentWorkflows.Persistence.Tickets;

/// <summary>What a command on a stored ticket gets: the ticket (locked, current), the configured process, and the moment of the change.</summary>
public sealed record TicketChange(Ticket Ticket, ConfiguredProcess Process, DateTimeOffset At);
