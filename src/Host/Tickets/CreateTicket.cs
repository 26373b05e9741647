using System.Security.Claims;
using IncidentWorkflows.Host.Tickets.Requests;
using IncidentWorkflows.Host.Tickets.Views;
using IncidentWorkflows.Persistence.Tickets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Tickets;

internal static class CreateTicket
{
    public static async Task<Created<TicketView>> HandleAsync(
        CreateTicketRequest request, ClaimsPrincipal user, TicketService tickets, TicketViews views, CancellationToken cancellationToken)
    {
        var caller = TicketCaller.From(user);
        var ticket = await tickets.OpenAsync(request.ToReport(caller), caller.Actor, cancellationToken);
        return TypedResults.Created(TicketRoute.Location(ticket), await views.ForAsync(ticket, caller, cancellationToken));
    }
}
