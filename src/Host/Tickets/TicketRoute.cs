using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Tickets;

namespace IncidentWorkflows.Host.Tickets;

/// <summary>The <c>{number}</c> of a ticket path: <c>INC-000123</c>, or as people type it (<c>inc-123</c>).</summary>
public static class TicketRoute
{
    public const string Prefix = "/api/tickets";

    public static TicketNumber Parse(string number) =>
        TicketNumber.TryParse(number, out var parsed)
            ? parsed
            : throw new NotFoundException(TicketRules.TicketNotFound, $"'{number}' is not a ticket number like INC-000123.");

    public static string Location(Ticket ticket) => $"{Prefix}/{ticket.DisplayNumber}";
}
