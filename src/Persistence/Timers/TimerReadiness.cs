namespace IncidentWorkflows.Persistence.Timers;

/// <summary>
/// Whether the first reconciliation of timers (and recurring triggers) has finished. Start-up does not wait for it;
/// the host's <c>/health/ready</c> reports it (see <see cref="TimerReadinessHealthCheck"/>).
/// </summary>
public sealed class TimerReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompleted;

    /// <summary>When the first reconciliation finished; null before.</summary>
    public DateTimeOffset? ReadyAt { get; private set; }

    /// <summary>Completes when the timers are ready (for tests and for code that must not run before).</summary>
    public Task WhenReady => _ready.Task;

    internal void MarkReady(DateTimeOffset at)
    {
        if (IsReady)
            return;
        ReadyAt = at;
        _ready.TrySetResult();
    }
}
