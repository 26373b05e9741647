using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.Queries;

/// <summary>The <c>Journal</c> configuration section: how long journal entries are kept.</summary>
public sealed class JournalRetentionOptions
{
    public const string Section = "Journal";

    /// <summary>Entries older than this are deleted (default 90 days).</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(90);

    /// <summary>At most this many entries are kept per instance, the newest (default 10 000).</summary>
    public int MaxEntriesPerInstance { get; set; } = 10_000;
}

/// <summary>Deletes journal entries past their age and trims instances with too many, so busy workflows do not bloat the database.</summary>
public sealed class JournalRetention(IDbContextFactory<WorkflowDbContext> contexts, TimeProvider time)
{
    public async Task<int> ApplyAsync(JournalRetentionOptions options, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cutoff = time.GetUtcNow() - options.MaxAge;
        var deleted = await db.Journal.Where(j => j.Timestamp < cutoff).ExecuteDeleteAsync(cancellationToken);

        var crowded = await db.Journal.GroupBy(j => j.InstanceId)
            .Where(g => g.Count() > options.MaxEntriesPerInstance)
            .Select(g => g.Key)
            .ToListAsync(cancellationToken);
        foreach (var instanceId in crowded)
        {
            var keepFrom = await db.Journal.Where(j => j.InstanceId == instanceId)
                .OrderByDescending(j => j.Id).Skip(options.MaxEntriesPerInstance - 1).Select(j => j.Id).FirstAsync(cancellationToken);
            deleted += await db.Journal.Where(j => j.InstanceId == instanceId && j.Id < keepFrom).ExecuteDeleteAsync(cancellationToken);
        }

        return deleted;
    }
}
