using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Tickets;
using Microsoft.AspNetCore.Mvc;

namespace IncidentWorkflows.Host.Tickets;

/// <summary>
/// The query string of the ticket list. Enum filters match by name, any case; a misspelt one is refused (400
/// <c>invalid-filter</c>) rather than silently matching nothing. Pages are zero-based.
/// </summary>
public sealed record TicketListQuery(
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "severity")] string? Severity,
    [FromQuery(Name = "priority")] string? Priority,
    [FromQuery(Name = "kind")] string? Kind,
    [FromQuery(Name = "channel")] string? Channel,
    [FromQuery(Name = "category")] string? Category,
    [FromQuery(Name = "group")] string? Group,
    [FromQuery(Name = "assignee")] string? Assignee,
    [FromQuery(Name = "requester")] string? Requester,
    [FromQuery(Name = "search")] string? Search,
    [FromQuery(Name = "page")] int? Page,
    [FromQuery(Name = "pageSize")] int? PageSize)
{
    /// <summary>A requester's list is always their own tickets, whatever requester they ask for.</summary>
    public TicketFilter ToFilter(TicketCaller caller) => new()
    {
        Status = Parse<TicketStatus>(Status, "status"),
        Severity = Parse<Severity>(Severity, "severity"),
        Priority = Parse<Priority>(Priority, "priority"),
        Kind = Parse<TicketKind>(Kind, "kind"),
        Channel = Parse<Channel>(Channel, "channel"),
        Category = Category,
        Group = Group,
        Assignee = Assignee,
        Requester = caller.IsStaffSide ? Requester : caller.Actor.Id,
        Search = Search,
        Page = Page ?? 0,
        PageSize = PageSize ?? 50,
    };

    private static TEnum? Parse<TEnum>(string? value, string parameter)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (!int.TryParse(value, out _) && Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed))
            return parsed;
        throw new InvalidRequestException("invalid-filter", $"'{value}' is not a valid {parameter}; use one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
    }
}
