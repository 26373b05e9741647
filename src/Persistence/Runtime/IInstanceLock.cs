using System.Collections.Concurrent;

namespace IncidentWorkflows.Persistence.Runtime;

/// <summary>Serialises bursts of one instance. In-process for SQLite (one host); a PostgreSQL advisory lock when hosts share a database.</summary>
public interface IInstanceLock
{
    ValueTask<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken);
}

/// <summary>One semaphore per instance id, removed when nobody holds or waits for it.</summary>
public sealed class InProcessInstanceLock : IInstanceLock
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async ValueTask<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var entry = _entries.GetOrAdd(instanceId, _ => new Entry());
            lock (entry)
            {
                if (entry.Retired)
                    continue;
                entry.Users++;
            }

            try
            {
                await entry.Semaphore.WaitAsync(cancellationToken);
            }
            catch
            {
                Release(instanceId, entry, held: false);
                throw;
            }

            return new Releaser(() => Release(instanceId, entry, held: true));
        }
    }

    private void Release(string instanceId, Entry entry, bool held)
    {
        if (held)
            entry.Semaphore.Release();
        lock (entry)
        {
            if (--entry.Users > 0)
                return;
            entry.Retired = true;
            _entries.TryRemove(new KeyValuePair<string, Entry>(instanceId, entry));
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);
        public int Users { get; set; }
        public bool Retired { get; set; }
    }

    private sealed class Releaser(Action release) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                release();
            return default;
        }
    }
}
