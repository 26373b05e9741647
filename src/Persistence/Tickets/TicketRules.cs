namespace IncidentWorkflows.Persistence.Tickets;

/// <summary>Rule ids of the ticket store itself, beside the domain's <see cref="Incidents.RuleIds"/>.</summary>
public static class TicketRules
{
    public const string TicketNotFound = "ticket-not-found";

    /// <summary>Also what a requester gets for somebody else's ticket: whether it exists is none of their business.</summary>
    public static Incidents.Refusal NotFound(Incidents.Tickets.TicketNumber number) => new(TicketNotFound, $"There is no ticket {number}.");
}
