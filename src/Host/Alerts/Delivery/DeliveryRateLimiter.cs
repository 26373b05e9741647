using System.Collections.Concurrent;

namespace IncidentWorkflows.Host.Alerts.Delivery;

/// <summary>
/// Deliveries per integration per minute, in fixed one-minute windows of this host's clock. An alert storm beyond the
/// integration's limit is answered 429 with Retry-After, which Alertmanager and the other senders retry later.
/// </summary>
public sealed class DeliveryRateLimiter(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>Null when accepted; otherwise how long until the next window opens.</summary>
    public TimeSpan? TryAcquire(string integrationId, int perMinute)
    {
        if (perMinute <= 0)
            return null;
        var now = time.GetUtcNow();
        var start = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        var window = _windows.AddOrUpdate(integrationId, _ => new Window(start), (_, current) => current.Start == start ? current : new Window(start));
        return Interlocked.Increment(ref window.Count) <= perMinute ? null : start.AddMinutes(1) - now;
    }

    private sealed class Window(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; } = start;

        public int Count;
    }
}
