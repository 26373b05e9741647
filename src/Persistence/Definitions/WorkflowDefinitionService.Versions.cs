using IncidentWorkflows.Engine.Model;
using IncidentWorkflows.Engine.Serialization;
using IncidentWorkflows.Engine.Validation;
using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.Definitions;

public sealed partial class WorkflowDefinitionService
{
    public async Task<IReadOnlyList<DefinitionSummary>> ListAsync(string? search, bool? published, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.WorkflowDefinitions.AsNoTracking().Where(d => d.IsLatest || d.IsPublished);
        if (published is not null)
            query = query.Where(d => d.IsPublished == published);
        if (!string.IsNullOrWhiteSpace(search))
            query = query.Where(d => d.DefinitionId.Contains(search) || (d.Name != null && d.Name.Contains(search)));
        var records = await query.OrderBy(d => d.DefinitionId).ThenBy(d => d.Version).ToListAsync(cancellationToken);
        return records.Select(DefinitionSummary.From).ToList();
    }

    public async Task<IReadOnlyList<DefinitionSummary>> VersionsAsync(string definitionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.WorkflowDefinitions.AsNoTracking().Where(d => d.DefinitionId == definitionId).OrderBy(d => d.Version).ToListAsync(cancellationToken);
        return records.Count == 0 ? throw DefinitionNotFound(definitionId) : records.Select(DefinitionSummary.From).ToList();
    }

    /// <summary>The JSON of a version: the given one, else the latest.</summary>
    public async Task<(DefinitionSummary Summary, string Json)> GetAsync(string definitionId, int? version, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = version is null
            ? await LatestAsync(db, definitionId, cancellationToken)
            : await db.WorkflowDefinitions.AsNoTracking().FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.Version == version, cancellationToken);
        return record is null ? throw DefinitionNotFound(definitionId) : (DefinitionSummary.From(record), record.Json);
    }

    /// <summary>Elsa-form JSON with <c>$schema</c>, for another Elsa-compatible tool.</summary>
    public async Task<string> ExportAsync(string definitionId, int? version, CancellationToken cancellationToken)
    {
        var (_, json) = await GetAsync(definitionId, version, cancellationToken);
        return WorkflowJsonWriter.Serialize(WorkflowJsonReader.Parse(json), includeSchema: true);
    }

    /// <summary>Makes an old version current again, as a new draft version with its content.</summary>
    public async Task<DefinitionSummary> RevertAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        var (_, json) = await GetAsync(definitionId, version, cancellationToken);
        var definition = WorkflowJsonReader.Parse(json);
        definition.IsPublished = false;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await AddVersionAsync(db, definition, DefinitionContentHash.Compute(definition), $"revert:v{version}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        catalog.Refresh([record]);
        return DefinitionSummary.From(record);
    }

    /// <summary>Deletes one version; refused while instances still run on it.</summary>
    public async Task DeleteVersionAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var record = await db.WorkflowDefinitions.FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.Version == version, cancellationToken)
            ?? throw new NotFoundException("definition-version-not-found", $"Definition '{definitionId}' has no version {version}.");
        await EnsureNoRunningInstancesAsync(db, [record.Id], cancellationToken);
        db.WorkflowDefinitions.Remove(record);
        if (record.IsPublished)
            await db.Triggers.Where(t => t.DefinitionVersionId == record.Id).ExecuteDeleteAsync(cancellationToken);
        var changed = new List<WorkflowDefinitionRecord>();
        if (record.IsLatest)
        {
            var previous = await db.WorkflowDefinitions.Where(d => d.DefinitionId == definitionId && d.Id != record.Id).OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
            if (previous is not null)
            {
                previous.IsLatest = true;
                changed.Add(previous);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        catalog.Remove(record.Id);
        catalog.Refresh(changed);
        if (record.IsPublished)
            await NotifyPublishedChangedAsync(cancellationToken);
    }

    /// <summary>Deletes every version of a definition; refused while instances still run on any.</summary>
    public async Task DeleteAsync(string definitionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var records = await db.WorkflowDefinitions.Where(d => d.DefinitionId == definitionId).ToListAsync(cancellationToken);
        if (records.Count == 0)
            throw DefinitionNotFound(definitionId);
        await EnsureNoRunningInstancesAsync(db, records.Select(r => r.Id).ToList(), cancellationToken);
        db.WorkflowDefinitions.RemoveRange(records);
        await db.Triggers.Where(t => t.DefinitionId == definitionId).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var record in records)
            catalog.Remove(record.Id);
        await NotifyPublishedChangedAsync(cancellationToken);
    }

    private static async Task EnsureNoRunningInstancesAsync(WorkflowDbContext db, List<string> versionIds, CancellationToken cancellationToken)
    {
        var running = await db.WorkflowInstances.CountAsync(i => versionIds.Contains(i.DefinitionVersionId) && i.Status == "Running", cancellationToken);
        if (running > 0)
            throw new ConflictException("definition-in-use", $"{running} running instance(s) use this definition; cancel them or let them finish first.");
    }

    private static Task<WorkflowDefinitionRecord?> LatestAsync(WorkflowDbContext db, string definitionId, CancellationToken cancellationToken) =>
        db.WorkflowDefinitions.Where(d => d.DefinitionId == definitionId).OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Adds a version after the latest one; the stored JSON carries the final id and version.</summary>
    private async Task<WorkflowDefinitionRecord> AddVersionAsync(WorkflowDbContext db, WorkflowDefinition definition, string hash, string source, CancellationToken cancellationToken)
    {
        var versions = await db.WorkflowDefinitions.Where(d => d.DefinitionId == definition.DefinitionId).ToListAsync(cancellationToken);
        foreach (var other in versions)
            other.IsLatest = false;
        var version = versions.Count == 0 ? Math.Max(1, definition.Version) : versions.Max(v => v.Version) + 1;
        var idTaken = string.IsNullOrEmpty(definition.Id) || await db.WorkflowDefinitions.AnyAsync(d => d.Id == definition.Id, cancellationToken);
        definition.Id = idTaken ? $"{definition.DefinitionId}:v{version}" : definition.Id;
        definition.Version = version;
        definition.IsLatest = true;
        var published = definition.IsPublished;
        definition.IsPublished = false;
        var now = time.GetUtcNow();
        var record = new WorkflowDefinitionRecord
        {
            Id = definition.Id,
            DefinitionId = definition.DefinitionId,
            Version = version,
            Name = definition.Name,
            Description = definition.Description,
            IsLatest = true,
            IsPublished = false,
            Json = WorkflowJsonWriter.Serialize(definition),
            ContentHash = hash,
            JournalLevel = JournalLevelOf(definition),
            Source = source,
            CreatedAt = now,
            UpdatedAt = now,
        };
        definition.IsPublished = published;
        db.WorkflowDefinitions.Add(record);
        return record;
    }

    /// <summary>Validates, publishes, replaces the previous published version and re-indexes triggers. Returns the records it changed besides <paramref name="record"/>.</summary>
    private async Task<List<WorkflowDefinitionRecord>> PublishRecordAsync(WorkflowDbContext db, WorkflowDefinitionRecord record, CancellationToken cancellationToken)
    {
        var definition = DefinitionCatalog.Parse(record);
        var issues = new WorkflowValidator(catalog.Compiler).Validate(definition);
        var errors = issues.Where(i => i.Severity == ValidationSeverity.Error).ToList();
        if (errors.Count > 0)
            throw new InvalidRequestException("invalid-definition", $"Definition '{record.DefinitionId}' has {errors.Count} validation error(s) and was not published.", errors);

        definition.IsPublished = true;
        var triggers = TriggerIndexer.Index(catalog.Compiler.Compile(definition)).ToList();
        await EnsureHttpRoutesFreeAsync(db, record.DefinitionId, triggers, cancellationToken);

        var previous = await db.WorkflowDefinitions.Where(d => d.DefinitionId == record.DefinitionId && d.IsPublished && d.Id != record.Id).ToListAsync(cancellationToken);
        foreach (var old in previous)
            old.IsPublished = false;
        record.IsPublished = true;
        record.PublishedAt = time.GetUtcNow();
        record.UpdatedAt = record.PublishedAt.Value;
        record.Json = WorkflowJsonWriter.Serialize(definition);

        await db.Triggers.Where(t => t.DefinitionId == record.DefinitionId).ExecuteDeleteAsync(cancellationToken);
        db.Triggers.AddRange(triggers);
        return previous;
    }

    /// <summary>Two workflows may not answer the same HTTP path and method.</summary>
    private static async Task EnsureHttpRoutesFreeAsync(WorkflowDbContext db, string definitionId, List<TriggerRecord> triggers, CancellationToken cancellationToken)
    {
        var hashes = triggers.Where(t => t.Name == "Elsa.HttpEndpoint").Select(t => t.Hash).ToList();
        if (hashes.Count == 0)
            return;
        var clash = await db.Triggers.AsNoTracking().FirstOrDefaultAsync(t => hashes.Contains(t.Hash) && t.DefinitionId != definitionId, cancellationToken);
        if (clash is not null)
            throw new InvalidRequestException("http-route-in-use", $"The HTTP route {clash.PayloadJson} is already used by workflow '{clash.DefinitionId}'.",
                [new ValidationIssue(ValidationSeverity.Error, "http-route-in-use", $"The route {clash.PayloadJson} is already used by workflow '{clash.DefinitionId}'.", clash.ActivityId)]);
    }

    /// <summary>Busy workflows may keep less journal: <c>customProperties.journalLevel</c> = None, Summary (default) or Full.</summary>
    private static string JournalLevelOf(WorkflowDefinition definition) =>
        definition.CustomProperties["journalLevel"]?.GetValue<string>() is { } level && Enum.TryParse<Engine.Execution.JournalLevel>(level, true, out var parsed)
            ? parsed.ToString()
            : nameof(Engine.Execution.JournalLevel.Summary);
}
