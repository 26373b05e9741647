using IncidentWorkflows.Engine.Serialization;
using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.Queries;

public sealed record InstanceFilter(
    string? DefinitionId = null,
    string? Status = null,
    string? SubStatus = null,
    string? CorrelationId = null,
    string? Search = null,
    int Page = 0,
    int PageSize = 50);

public sealed record InstanceSummary(
    string Id,
    string DefinitionId,
    int DefinitionVersion,
    string? Name,
    string? CorrelationId,
    string Status,
    string SubStatus,
    int IncidentCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt);

public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, int PageIndex, int PageSize);

public sealed record JournalItem(long Id, string ActivityId, string ActivityType, string? ActivityName, string EventName, DateTimeOffset? StartedAt, DateTimeOffset Timestamp, string? Outcomes, string? Payload, string? Message);

/// <summary>Read side of instances: filtered lists with a total count, details, the journal.</summary>
public sealed class InstanceQueries(IDbContextFactory<WorkflowDbContext> contexts)
{
    public const int MaxPageSize = 500;

    public async Task<Page<InstanceSummary>> ListAsync(InstanceFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.WorkflowInstances.AsNoTracking();
        if (filter.DefinitionId is not null)
            query = query.Where(i => i.DefinitionId == filter.DefinitionId);
        if (filter.Status is not null)
            query = query.Where(i => i.Status == filter.Status);
        if (filter.SubStatus is not null)
            query = query.Where(i => i.SubStatus == filter.SubStatus);
        if (filter.CorrelationId is not null)
            query = query.Where(i => i.CorrelationId == filter.CorrelationId);
        if (!string.IsNullOrWhiteSpace(filter.Search))
            query = query.Where(i => i.Id.Contains(filter.Search) || (i.Name != null && i.Name.Contains(filter.Search)) || (i.CorrelationId != null && i.CorrelationId.Contains(filter.Search)));

        var pageSize = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id)
            .Skip(Math.Max(0, filter.Page) * pageSize).Take(pageSize)
            .Select(i => new InstanceSummary(i.Id, i.DefinitionId, i.DefinitionVersion, i.Name, i.CorrelationId, i.Status, i.SubStatus, i.IncidentCount, i.CreatedAt, i.UpdatedAt, i.FinishedAt))
            .ToListAsync(cancellationToken);
        return new Page<InstanceSummary>(items, total, filter.Page, pageSize);
    }

    public async Task<(InstanceSummary Summary, InstanceResult Details)> GetAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken)
            ?? throw new NotFoundException("instance-not-found", $"Workflow instance '{instanceId}' does not exist.");
        return (ToSummary(record), WorkflowRuntime.ToResult(WorkflowStateSerializer.Deserialize(record.StateJson)));
    }

    public async Task<Page<JournalItem>> JournalAsync(string instanceId, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.WorkflowInstances.AnyAsync(i => i.Id == instanceId, cancellationToken))
            throw new NotFoundException("instance-not-found", $"Workflow instance '{instanceId}' does not exist.");
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var query = db.Journal.AsNoTracking().Where(j => j.InstanceId == instanceId);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(j => j.Id).Skip(Math.Max(0, page) * pageSize).Take(pageSize)
            .Select(j => new JournalItem(j.Id, j.ActivityId, j.ActivityType, j.ActivityName, j.EventName, j.StartedAt, j.Timestamp, j.Outcomes, j.PayloadJson, j.Message))
            .ToListAsync(cancellationToken);
        return new Page<JournalItem>(items, total, page, pageSize);
    }

    private static InstanceSummary ToSummary(WorkflowInstanceRecord i) =>
        new(i.Id, i.DefinitionId, i.DefinitionVersion, i.Name, i.CorrelationId, i.Status, i.SubStatus, i.IncidentCount, i.CreatedAt, i.UpdatedAt, i.FinishedAt);
}
