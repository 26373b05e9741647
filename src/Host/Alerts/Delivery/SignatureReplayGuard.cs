using System.Collections.Concurrent;

namespace IncidentWorkflows.Host.Alerts.Delivery;

/// <summary>
/// Signatures seen while their timestamp is still acceptable. After that the timestamp check refuses them anyway, so
/// they are forgotten. In memory: hosts behind one load balancer each remember their own deliveries.
/// </summary>
public sealed class SignatureReplayGuard(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private int _sincePrune;

    /// <summary>True the first time a signature is presented before <paramref name="forgetAfter"/>.</summary>
    public bool FirstUse(string integrationId, byte[] signature, DateTimeOffset forgetAfter)
    {
        if (Interlocked.Increment(ref _sincePrune) % 1024 == 0)
            Prune();
        return _seen.TryAdd(integrationId + ":" + Convert.ToHexString(signature), forgetAfter);
    }

    private void Prune()
    {
        var now = time.GetUtcNow();
        foreach (var (key, forgetAfter) in _seen)
        {
            if (forgetAfter < now)
                _seen.TryRemove(key, out _);
        }
    }
}
