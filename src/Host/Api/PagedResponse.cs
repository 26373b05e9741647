using IncidentWorkflows.Persistence.Queries;

namespace IncidentWorkflows.Host.Api;

/// <summary>One page of a list: <see cref="Page"/> is zero-based, <see cref="TotalCount"/> counts every match.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int TotalCount, int Page, int PageSize)
{
    public static PagedResponse<T> From(Page<T> page) => new(page.Items, page.TotalCount, page.PageIndex, page.PageSize);
}
