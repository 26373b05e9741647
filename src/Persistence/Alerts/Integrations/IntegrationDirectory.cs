using System.Collections.Concurrent;
using IncidentWorkflows.Persistence.Alerts.Intake;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.Alerts.Integrations;

/// <summary>
/// Integrations as deliveries need them (settings parsed, hashes of the active keys, signing secret), kept in memory
/// for a few seconds: a delivery then costs no read before its burst. A change through this host's API is seen at
/// once; other hosts sharing the database see it within <see cref="Freshness"/>.
/// </summary>
public sealed class IntegrationDirectory(IDbContextFactory<WorkflowDbContext> contexts, TimeProvider time)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<IntegrationAccess?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(name, out var entry) && now - entry.ReadAt < Freshness)
            return entry.Access;

        var access = await ReadAsync(name, cancellationToken);
        _entries[name] = new Entry(access, now);
        return access;
    }

    public void Invalidate(string name) => _entries.TryRemove(name, out _);

    private async Task<IntegrationAccess?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var integration = await db.Set<IntegrationRecord>().AsNoTracking().SingleOrDefaultAsync(i => i.Name == name, cancellationToken);
        if (integration is null)
            return null;
        var hashes = await db.Set<IntegrationKeyRecord>().AsNoTracking()
            .Where(k => k.IntegrationId == integration.Id && k.RevokedAt == null).Select(k => k.Hash).ToListAsync(cancellationToken);
        var snapshot = new IntegrationSnapshot(integration.Id, integration.Name, integration.Source, integration.OwnerTeam, IntegrationStore.ReadSettings(integration));
        return new IntegrationAccess(snapshot, hashes, integration.SigningSecret);
    }

    private sealed record Entry(IntegrationAccess? Access, DateTimeOffset ReadAt);
}

/// <summary>What authenticating a delivery needs: the integration, its active key hashes, its signing secret.</summary>
public sealed record IntegrationAccess(IntegrationSnapshot Integration, IReadOnlyList<string> KeyHashes, string? SigningSecret);
