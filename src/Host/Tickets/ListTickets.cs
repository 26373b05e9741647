using System.Security.Claims;
using IncidentWorkflows.Host.Api;
using IncidentWorkflows.Host.Tickets.Views;
using IncidentWorkflows.Persistence.Tickets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Tickets;

internal static class ListTickets
{
    public static async Task<Ok<PagedResponse<TicketListItem>>> HandleAsync(
        [AsParameters] TicketListQuery query, ClaimsPrincipal user, TicketQueries queries, CancellationToken cancellationToken)
    {
        var caller = TicketCaller.From(user);
        var page = await queries.ListAsync(query.ToFilter(caller), cancellationToken);
        var items = page.Items.Select(summary => TicketListItem.For(summary, caller)).ToList();
        return TypedResults.Ok(new PagedResponse<TicketListItem>(items, page.TotalCount, page.PageIndex, page.PageSize));
    }
}
