using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Tickets.Mapping;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.ProcessConfiguration;

/// <summary>
/// Reads and replaces the configuration documents. Every ticket operation reads the current documents (five small rows),
/// so an edit applies to the next request on every host without a cache to invalidate.
/// </summary>
public sealed class ProcessConfigurationStore(IDbContextFactory<WorkflowDbContext> contexts, TimeProvider time)
{
    /// <summary>The configured process, read in the caller's context (and transaction, when it has one).</summary>
    public static async Task<ConfiguredProcess> LoadAsync(WorkflowDbContext db, CancellationToken cancellationToken) =>
        DocumentSet.From(await db.ConfigurationDocuments.AsNoTracking().ToListAsync(cancellationToken)).ToProcess();

    public async Task<ConfiguredProcess> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await LoadAsync(db, cancellationToken);
    }

    public async Task<ConfigurationVersion<T>> GetAsync<T>(string kind, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.ConfigurationDocuments.AsNoTracking().ToListAsync(cancellationToken);
        var record = records.FirstOrDefault(r => r.Kind == kind);
        return new ConfigurationVersion<T>((IReadOnlyList<T>)DocumentSet.From(records).Get(kind), record?.Version ?? 0, record?.UpdatedAt, record?.UpdatedBy);
    }

    /// <summary>
    /// Replaces one document after validating the whole set with it. <paramref name="expectedVersion"/>, when given, must
    /// be the stored version: an editor does not overwrite a change it has not seen (409 <c>configuration-changed</c>).
    /// </summary>
    public async Task<ConfigurationVersion<T>> SaveAsync<T>(string kind, IReadOnlyList<T> items, int? expectedVersion, string by, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var records = await db.ConfigurationDocuments.ToListAsync(cancellationToken);
        var record = records.FirstOrDefault(r => r.Kind == kind);
        if (expectedVersion is { } expected && expected != (record?.Version ?? 0))
            throw new ConflictException(ConfigurationRules.ConfigurationChanged,
                $"The {kind} document is at version {record?.Version ?? 0}, not {expected}; read it again and reapply your change.");

        var changed = DocumentSet.From(records).With(kind, items);
        var issues = ConfigurationValidator.Validate(changed);
        await CalendarUsage.CheckAsync(db, kind, changed, issues, cancellationToken);
        if (issues.Items.Count > 0)
        {
            var first = issues.Items[0];
            var more = issues.Items.Count > 1 ? $" ({issues.Items.Count - 1} more problem(s) in issues)" : "";
            throw new InvalidRequestException(first.Rule, first.Message + more, issues.Items);
        }

        if (record is null)
        {
            record = new ConfigurationRecord { Kind = kind };
            db.ConfigurationDocuments.Add(record);
        }

        record.Document = StoredJson.Serialize(items);
        record.Version++;
        record.UpdatedAt = time.GetUtcNow();
        record.UpdatedBy = by;
        await SaveAsync(db, kind, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ConfigurationVersion<T>(items, record.Version, record.UpdatedAt, record.UpdatedBy);
    }

    /// <summary>Stores the shipped defaults for every kind not stored yet, so the process owner sees and edits real documents.</summary>
    public async Task SeedDefaultsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.ConfigurationDocuments.Select(r => r.Kind).ToListAsync(cancellationToken);
        foreach (var kind in ConfigurationKinds.All.Except(stored))
        {
            db.ConfigurationDocuments.Add(new ConfigurationRecord
            {
                Kind = kind,
                Document = StoredJson.Serialize(DocumentSet.Defaults.Get(kind)),
                Version = 1,
                UpdatedAt = time.GetUtcNow(),
                UpdatedBy = "system",
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another host seeded the same rows first; theirs are the same defaults, unless something else is wrong.
            await using var check = await contexts.CreateDbContextAsync(cancellationToken);
            if (await check.ConfigurationDocuments.CountAsync(cancellationToken) < ConfigurationKinds.All.Count)
                throw;
        }
    }

    private static async Task SaveAsync(WorkflowDbContext db, string kind, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException(ConfigurationRules.ConfigurationChanged, $"The {kind} document was changed by someone else at the same time; read it again.");
        }
    }
}
