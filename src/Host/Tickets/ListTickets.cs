using System.Security.Claims;
using IncidentWorkflows.Host.Api;
using IncidentWorkflows.Host.Tickets.Views;
using IncidentWorkflows.Persistence.ProcessConfiguration;
using IncidentWorkflows.Persistence.Tickets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Tickets;

internal static class ListTickets
{
    public static async Task<Ok<PagedResponse<TicketListItem>>> HandleAsync(
        [AsParameters] TicketListQuery query, ClaimsPrincipal user, TicketQueries queries, ProcessConfigurationStore configuration,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = TicketCaller.From(user);
        var page = await queries.ListAsync(query.ToFilter(caller), cancellationToken);
        var calendars = caller.IsStaffSide ? (await configuration.LoadAsync(cancellationToken)).Calendars : null;
        var now = time.GetUtcNow();
        var items = page.Items
            .Select(summary => TicketListItem.For(summary, caller, calendars is not null && summary.Sla is not null ? SlaSummary.Of(summary.Sla, calendars, now) : null))
            .ToList();
        return TypedResults.Ok(new PagedResponse<TicketListItem>(items, page.TotalCount, page.PageIndex, page.PageSize));
    }
}
