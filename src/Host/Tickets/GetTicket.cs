using System.Security.Claims;
using IncidentWorkflows.Host.Tickets.Views;
using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Tickets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Tickets;

internal static class GetTicket
{
    public static async Task<Ok<TicketView>> HandleAsync(string number, ClaimsPrincipal user, TicketQueries queries, TicketViews views, CancellationToken cancellationToken)
    {
        var caller = TicketCaller.From(user);
        var parsed = TicketRoute.Parse(number);
        var ticket = await queries.GetAsync(parsed, cancellationToken);
        if (ticket is null || !caller.MaySee(ticket))
            throw new NotFoundException(TicketRules.TicketNotFound, TicketRules.NotFound(parsed).Message);
        return TypedResults.Ok(await views.ForAsync(ticket, caller, cancellationToken));
    }
}
