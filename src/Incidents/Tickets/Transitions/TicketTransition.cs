namespace IncidentWorkflows.Incidents.Tickets.Transitions;

/// <summary>One allowed move: from a status, on a trigger, to a status.</summary>
public sealed record TicketTransition(TicketStatus From, TicketTrigger Trigger, TicketStatus To);
