using IncidentWorkflows.Host.Tickets.Requests;
using IncidentWorkflows.Persistence.HumanTasks;
using Microsoft.AspNetCore.Mvc;

namespace IncidentWorkflows.Host.Tasks;

/// <summary>
/// The inbox's query string. <c>scope</c>: <c>inbox</c> (default: mine and my groups'), <c>mine</c> (assigned to me),
/// <c>groups</c> (offered to my groups or roles), <c>all</c> (managers only). <c>status</c> defaults to Open.
/// </summary>
public sealed record TaskListQuery(
    [FromQuery(Name = "scope")] string? Scope,
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "group")] string? Group,
    [FromQuery(Name = "ticket")] string? Ticket,
    [FromQuery(Name = "assignee")] string? Assignee,
    [FromQuery(Name = "dueBefore")] DateTimeOffset? DueBefore,
    [FromQuery(Name = "page")] int? Page,
    [FromQuery(Name = "pageSize")] int? PageSize)
{
    public static readonly string[] Scopes = ["inbox", "mine", "groups", "all"];
    public const int MaxPageSize = 200;

    public string CheckedScope()
    {
        var scope = string.IsNullOrWhiteSpace(Scope) ? "inbox" : Scope.Trim().ToLowerInvariant();
        new RequestChecks()
            .Check(Scopes.Contains(scope), "scope", RequestChecks.InvalidValue, $"scope is one of {string.Join(", ", Scopes)}.")
            .Check(Status is null || (Enum.TryParse<HumanTaskStatus>(Status, true, out _) && !int.TryParse(Status, out _)), "status", RequestChecks.InvalidValue,
                $"status is one of {string.Join(", ", Enum.GetNames<HumanTaskStatus>())}.")
            .Check(Page is null or >= 0, "page", RequestChecks.InvalidValue, "page counts from 0.")
            .Check(PageSize is null or (>= 1 and <= MaxPageSize), "pageSize", RequestChecks.InvalidValue, $"pageSize is 1 to {MaxPageSize}.")
            .ThrowIfAny();
        return scope;
    }

    public HumanTaskStatus CheckedStatus => Status is null ? HumanTaskStatus.Open : Enum.Parse<HumanTaskStatus>(Status, true);
}
