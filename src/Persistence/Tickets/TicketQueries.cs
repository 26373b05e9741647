using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Queries;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.Tickets;

/// <summary>Read side of tickets: filtered, paged lists with the total count, and whole tickets by number.</summary>
public sealed class TicketQueries(IDbContextFactory<WorkflowDbContext> contexts)
{
    public const int MaxPageSize = 500;

    public async Task<Page<TicketSummary>> ListAsync(TicketFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Filter(db.Tickets.AsNoTracking(), filter);
        var pageSize = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        var page = Math.Max(0, filter.Page);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Number)
            .Skip(page * pageSize).Take(pageSize)
            .Select(t => new
            {
                t.Kind, t.Number, t.Title, t.Status, t.Severity, t.Priority, t.Category, t.Subcategory, t.SupportGroupId,
                t.SupportLevel, t.AssigneeId, t.RequesterId, t.Channel, t.CreatedAt, t.StatusChangedAt, t.Sla,
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(t => new TicketSummary(
            new TicketNumber(t.Kind, t.Number).ToString(), t.Kind, t.Title, t.Status, t.Severity, t.Priority, t.Category, t.Subcategory,
            t.SupportGroupId, t.SupportLevel, t.AssigneeId, t.RequesterId, t.Channel, t.CreatedAt, t.StatusChangedAt, t.Sla)).ToList();
        return new Page<TicketSummary>(items, total, page, pageSize);
    }

    /// <summary>The whole ticket (timeline, tasks, comments), or null.</summary>
    public async Task<Ticket?> GetAsync(TicketNumber number, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await TicketSession.LoadAsync(db.Tickets.AsNoTracking(), number, cancellationToken);
    }

    private static IQueryable<Ticket> Filter(IQueryable<Ticket> query, TicketFilter filter)
    {
        if (filter.Status is { } status)
            query = query.Where(t => t.Status == status);
        if (filter.Severity is { } severity)
            query = query.Where(t => t.Severity == severity);
        if (filter.Priority is { } priority)
            query = query.Where(t => t.Priority == priority);
        if (filter.Kind is { } kind)
            query = query.Where(t => t.Kind == kind);
        if (filter.Channel is { } channel)
            query = query.Where(t => t.Channel == channel);
        if (Lower(filter.Category) is { } category)
            query = query.Where(t => t.Category.ToLower() == category);
        if (Lower(filter.Group) is { } group)
            query = query.Where(t => t.SupportGroupId.ToLower() == group);
        if (Lower(filter.Assignee) is { } assignee)
            query = query.Where(t => t.AssigneeId != null && t.AssigneeId.ToLower() == assignee);
        if (Lower(filter.Requester) is { } requester)
            query = query.Where(t => t.RequesterId.ToLower() == requester);
        return Lower(filter.Search) is { } search ? Search(query, search) : query;
    }

    /// <summary>A number (full or just its digits) matches exactly; other text matches title and description, ignoring case.</summary>
    private static IQueryable<Ticket> Search(IQueryable<Ticket> query, string search)
    {
        if (TicketNumber.TryParse(search, out var number))
            return query.Where(t => (t.Kind == number.Kind && t.Number == number.Sequence) || t.Title.ToLower().Contains(search));
        if (long.TryParse(search, out var sequence))
            return query.Where(t => t.Number == sequence || t.Title.ToLower().Contains(search) || t.Description.ToLower().Contains(search));
        return query.Where(t => t.Title.ToLower().Contains(search) || t.Description.ToLower().Contains(search));
    }

    private static string? Lower(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToLowerInvariant();
}
