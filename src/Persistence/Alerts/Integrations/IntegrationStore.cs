using System.Text.Json;
using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Tickets.Mapping;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.Alerts.Integrations;

/// <summary>Integrations and their keys: each command one transaction; every change tells the directory to read again.</summary>
public sealed class IntegrationStore(IDbContextFactory<WorkflowDbContext> contexts, IntegrationDirectory directory, TimeProvider time)
{
    public async Task<IReadOnlyList<(IntegrationRecord Integration, IReadOnlyList<IntegrationKeyRecord> Keys)>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var integrations = await db.Set<IntegrationRecord>().AsNoTracking().OrderBy(i => i.Name).ToListAsync(cancellationToken);
        var keys = (await db.Set<IntegrationKeyRecord>().AsNoTracking().ToListAsync(cancellationToken)).ToLookup(k => k.IntegrationId);
        return [.. integrations.Select(i => (i, (IReadOnlyList<IntegrationKeyRecord>)[.. keys[i.Id].OrderBy(k => k.CreatedAt)]))];
    }

    public async Task<(IntegrationRecord Integration, IReadOnlyList<IntegrationKeyRecord> Keys)> GetAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var integration = await FindAsync(db, name, cancellationToken);
        var keys = await db.Set<IntegrationKeyRecord>().AsNoTracking().Where(k => k.IntegrationId == integration.Id).OrderBy(k => k.CreatedAt).ToListAsync(cancellationToken);
        return (integration, keys);
    }

    /// <summary>Creates the integration with its first key (given hashed; the caller shows the key once).</summary>
    public async Task<IntegrationRecord> CreateAsync(IntegrationDraft draft, string keyPrefix, string keyHash, string by, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<IntegrationRecord>().AnyAsync(i => i.Name == draft.Name, cancellationToken))
            throw new ConflictException("duplicate-name", $"An integration named '{draft.Name}' exists already.");
        var now = time.GetUtcNow();
        var integration = new IntegrationRecord { Id = Guid.NewGuid().ToString("N"), CreatedAt = now, Version = 0 };
        Apply(integration, draft, by, now);
        db.Add(integration);
        db.Add(NewKey(integration.Id, keyPrefix, keyHash, by, now));
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate(draft.Name);
        return integration;
    }

    public async Task<IntegrationRecord> UpdateAsync(string name, IntegrationDraft draft, int? expectedVersion, string by, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var integration = await FindAsync(db, name, cancellationToken, tracked: true);
        if (expectedVersion is { } version && version != integration.Version)
            throw new ConflictException("integration-changed", $"Integration '{name}' is at version {integration.Version}, not {version}; read it again.");
        if (draft.Name != name && await db.Set<IntegrationRecord>().AnyAsync(i => i.Name == draft.Name, cancellationToken))
            throw new ConflictException("duplicate-name", $"An integration named '{draft.Name}' exists already.");
        Apply(integration, draft, by, time.GetUtcNow());
        await SaveAsync(db, name, cancellationToken);
        directory.Invalidate(name);
        directory.Invalidate(draft.Name);
        return integration;
    }

    public async Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var integration = await FindAsync(db, name, cancellationToken, tracked: true);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<IntegrationKeyRecord>().Where(k => k.IntegrationId == integration.Id).ExecuteDeleteAsync(cancellationToken);
        db.Remove(integration);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        directory.Invalidate(name);
    }

    /// <summary>Adds a key for a rotation; refused while two are active (revoke the old one first).</summary>
    public async Task<IntegrationKeyRecord> AddKeyAsync(string name, string keyPrefix, string keyHash, string by, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var integration = await FindAsync(db, name, cancellationToken, tracked: true);
        var active = await db.Set<IntegrationKeyRecord>().CountAsync(k => k.IntegrationId == integration.Id && k.RevokedAt == null, cancellationToken);
        if (active >= IntegrationKeyRecord.MaxActive)
            throw new ConflictException("too-many-active-keys", $"Integration '{name}' has {active} active keys; revoke one before adding another.");
        var key = NewKey(integration.Id, keyPrefix, keyHash, by, time.GetUtcNow());
        db.Add(key);
        // Bumping the version serializes concurrent additions: only one of two racing requests gets the third key slot.
        integration.Version++;
        await SaveAsync(db, name, cancellationToken);
        directory.Invalidate(name);
        return key;
    }

    public async Task RevokeKeyAsync(string name, string keyId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var integration = await FindAsync(db, name, cancellationToken);
        var key = await db.Set<IntegrationKeyRecord>().SingleOrDefaultAsync(k => k.Id == keyId && k.IntegrationId == integration.Id, cancellationToken)
            ?? throw new NotFoundException("key-not-found", $"Integration '{name}' has no key '{keyId}'.");
        key.RevokedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate(name);
    }

    public static IntegrationSettings ReadSettings(IntegrationRecord integration) =>
        JsonSerializer.Deserialize<IntegrationSettings>(integration.SettingsJson, StoredJson.Options) ?? new IntegrationSettings();

    private static void Apply(IntegrationRecord integration, IntegrationDraft draft, string by, DateTimeOffset now)
    {
        integration.Name = draft.Name;
        integration.Source = draft.Source;
        integration.OwnerTeam = draft.OwnerTeam;
        integration.SettingsJson = JsonSerializer.Serialize(draft.Settings, StoredJson.Options);
        if (draft.SigningSecret is not null)
            integration.SigningSecret = draft.SigningSecret.Length == 0 ? null : draft.SigningSecret;
        integration.UpdatedAt = now;
        integration.UpdatedBy = by;
        integration.Version++;
    }

    private static IntegrationKeyRecord NewKey(string integrationId, string prefix, string hash, string by, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid().ToString("N"), IntegrationId = integrationId, Prefix = prefix, Hash = hash, CreatedAt = now, CreatedBy = by };

    private static async Task<IntegrationRecord> FindAsync(WorkflowDbContext db, string name, CancellationToken cancellationToken, bool tracked = false)
    {
        var query = tracked ? db.Set<IntegrationRecord>() : db.Set<IntegrationRecord>().AsNoTracking();
        return await query.SingleOrDefaultAsync(i => i.Name == name, cancellationToken)
            ?? throw new NotFoundException("integration-not-found", $"No integration named '{name}'.");
    }

    private static async Task SaveAsync(WorkflowDbContext db, string name, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("integration-changed", $"Integration '{name}' was changed by another request at the same time; read it again.");
        }
        catch (DbUpdateException)
        {
            throw new ConflictException("duplicate-name", $"An integration with that name exists already.");
        }
    }
}
