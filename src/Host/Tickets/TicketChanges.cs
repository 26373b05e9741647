using System.Security.Claims;
using IncidentWorkflows.Host.Tickets.Views;
using IncidentWorkflows.Incidents;
using IncidentWorkflows.Persistence.Tickets;

namespace IncidentWorkflows.Host.Tickets;

/// <summary>
/// Runs a command on a stored ticket for the calling user and answers with the caller's view of the result. A requester's
/// command on somebody else's ticket is answered as if the ticket did not exist.
/// </summary>
public sealed class TicketChanges(TicketService tickets, TicketViews views)
{
    public async Task<TicketView> RunAsync(
        string number,
        ClaimsPrincipal user,
        Func<TicketChange, TicketCaller, Outcome> command,
        CancellationToken cancellationToken,
        string? textField = null)
    {
        var caller = TicketCaller.From(user);
        var parsed = TicketRoute.Parse(number);
        var ticket = await tickets.ChangeAsync(
            parsed,
            change => caller.MaySee(change.Ticket) ? command(change, caller) : TicketRules.NotFound(parsed),
            cancellationToken,
            textField);
        return await views.ForAsync(ticket, caller, cancellationToken);
    }
}
