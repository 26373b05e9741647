using IncidentWorkflows.Engine.Model;
using IncidentWorkflows.Engine.Serialization;
using IncidentWorkflows.Engine.Validation;
using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.Definitions;

/// <summary>
/// Versioned definitions: drafts, one published version per definition, history, import and export.
/// Publishing validates first and refuses a definition with errors. Instances stay on the version they started with.
/// </summary>
public sealed partial class WorkflowDefinitionService(IDbContextFactory<WorkflowDbContext> contexts, DefinitionCatalog catalog, TimeProvider time, IEnumerable<IDefinitionChangeListener> listeners)
{
    public DefinitionCatalog Catalog => catalog;

    /// <summary>Parses and validates a document without storing it.</summary>
    public IReadOnlyList<ValidationIssue> Validate(string json)
    {
        WorkflowDefinition definition;
        try
        {
            definition = WorkflowJsonReader.Parse(json);
        }
        catch (WorkflowJsonException e)
        {
            return [new ValidationIssue(ValidationSeverity.Error, ValidationRules.InvalidJson, e.Message, Property: e.Path)];
        }

        return new WorkflowValidator(catalog.Compiler).Validate(definition);
    }

    /// <summary>
    /// Imports a document: a new version when its content differs from the latest, nothing when it is the same.
    /// Published when the document says <c>isPublished</c> (the default), else stored as a draft.
    /// </summary>
    public async Task<ImportResult> ImportAsync(string json, string source, CancellationToken cancellationToken)
    {
        var definition = ParseOrThrow(json);
        var hash = DefinitionContentHash.Compute(definition);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var latest = await LatestAsync(db, definition.DefinitionId, cancellationToken);
        if (latest is not null && latest.ContentHash == hash && (latest.IsPublished || !definition.IsPublished))
            return new ImportResult(ImportOutcome.Unchanged, DefinitionSummary.From(latest));

        var publish = definition.IsPublished;
        var record = await AddVersionAsync(db, definition, hash, source, cancellationToken);
        var changed = new List<WorkflowDefinitionRecord> { record };
        if (publish)
            changed.AddRange(await PublishRecordAsync(db, record, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        catalog.Refresh(changed);
        if (publish)
            await NotifyPublishedChangedAsync(cancellationToken);
        return new ImportResult(ImportOutcome.Created, DefinitionSummary.From(record));
    }

    /// <summary>Creates a definition as a draft, or replaces the current draft (a published latest version gets a new draft version).</summary>
    public async Task<DefinitionSummary> SaveDraftAsync(string json, CancellationToken cancellationToken)
    {
        var definition = ParseOrThrow(json);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var latest = await LatestAsync(db, definition.DefinitionId, cancellationToken);
        WorkflowDefinitionRecord record;
        if (latest is { IsPublished: false, PublishedAt: null })
        {
            definition.Id = latest.Id;
            definition.Version = latest.Version;
            definition.IsPublished = false;
            definition.IsLatest = true;
            latest.Json = WorkflowJsonWriter.Serialize(definition);
            latest.Name = definition.Name;
            latest.Description = definition.Description;
            latest.ContentHash = DefinitionContentHash.Compute(definition);
            latest.UpdatedAt = time.GetUtcNow();
            record = latest;
        }
        else
        {
            definition.IsPublished = false;
            record = await AddVersionAsync(db, definition, DefinitionContentHash.Compute(definition), "api", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        catalog.Refresh([record]);
        return DefinitionSummary.From(record);
    }

    /// <summary>Publishes the latest version (refused when it has validation errors).</summary>
    public async Task<DefinitionSummary> PublishAsync(string definitionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var latest = await LatestAsync(db, definitionId, cancellationToken) ?? throw DefinitionNotFound(definitionId);
        if (latest.IsPublished)
            return DefinitionSummary.From(latest);
        var changed = await PublishRecordAsync(db, latest, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        catalog.Refresh([latest, .. changed]);
        await NotifyPublishedChangedAsync(cancellationToken);
        return DefinitionSummary.From(latest);
    }

    /// <summary>Takes the published version out of service: no new instances start; running ones continue.</summary>
    public async Task<DefinitionSummary> RetractAsync(string definitionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var published = await db.WorkflowDefinitions.FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.IsPublished, cancellationToken)
            ?? throw new ConflictException("definition-not-published", $"Definition '{definitionId}' has no published version to retract.");
        published.IsPublished = false;
        published.UpdatedAt = time.GetUtcNow();
        await db.Triggers.Where(t => t.DefinitionId == definitionId).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        catalog.Refresh([published]);
        await NotifyPublishedChangedAsync(cancellationToken);
        return DefinitionSummary.From(published);
    }

    /// <summary>Lets listeners react once the change has committed (a failing listener does not undo it).</summary>
    private async Task NotifyPublishedChangedAsync(CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
            await listener.OnPublishedDefinitionsChangedAsync(cancellationToken);
    }

    private static WorkflowDefinition ParseOrThrow(string json)
    {
        try
        {
            return WorkflowJsonReader.Parse(json);
        }
        catch (WorkflowJsonException e)
        {
            throw new InvalidRequestException("invalid-json", $"Not a workflow definition: {e.Message} (at {e.Path}).",
                [new ValidationIssue(ValidationSeverity.Error, ValidationRules.InvalidJson, e.Message, Property: e.Path)]);
        }
    }

    private static NotFoundException DefinitionNotFound(string definitionId) =>
        new("definition-not-found", $"Workflow definition '{definitionId}' does not exist.");
}
