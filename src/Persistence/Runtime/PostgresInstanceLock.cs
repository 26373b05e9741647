using Medallion.Threading.Postgres;

namespace IncidentWorkflows.Persistence.Runtime;

/// <summary>A PostgreSQL advisory lock per instance, so several hosts sharing the database never run one instance twice at once.</summary>
public sealed class PostgresInstanceLock(string connectionString) : IInstanceLock
{
    public async ValueTask<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken)
    {
        var key = new PostgresAdvisoryLockKey("wf:" + instanceId, allowHashing: true);
        var distributedLock = new PostgresDistributedLock(key, connectionString);
        return await distributedLock.AcquireAsync(cancellationToken: cancellationToken);
    }
}
