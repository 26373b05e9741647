namespace IncidentWorkflows.Persistence.Tickets;

/// <summary>Rule ids of the ticket store itself, beside the domain's <see cref="Incidents.RuleIds"/>.</summary>
public static class TicketRules
{
    public const string TicketNotFound = "ticket-not-found";
}
