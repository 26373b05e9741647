namespace IncidentWorkflows.Persistence.Runtime;

/// <summary>
/// Database work an activity could not do where it stood: the engine's cancel hook is synchronous, but closing a human task
/// means reading its row and the ticket. Work added here runs against the burst's context right before the burst's
/// changes are staged, in the same transaction (<c>context.GetRequiredService&lt;DeferredBurstWork&gt;()</c>).
/// </summary>
public sealed class DeferredBurstWork
{
    private readonly List<Func<CancellationToken, Task>> _pending = [];

    public void Add(Func<CancellationToken, Task> work) => _pending.Add(work);

    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        // Work may add more work (it runs activities' code); drain until nothing is left.
        while (_pending.Count > 0)
        {
            var next = _pending[0];
            _pending.RemoveAt(0);
            await next(cancellationToken);
        }
    }
}
