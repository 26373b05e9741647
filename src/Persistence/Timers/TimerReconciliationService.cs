using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IncidentWorkflows.Persistence.Timers;

/// <summary>
/// Reconciles timers and recurring triggers in the background: once at start (then <see cref="TimerReadiness"/> turns
/// ready), then every <see cref="DurableTimerOptions.ReconcileInterval"/>. <see cref="StartAsync"/> returns at once:
/// 10,000 pending timers must not delay start-up or <c>/health/live</c>. A failed pass (the database not migrated
/// yet, a network blip) is retried with backoff.
/// </summary>
public sealed class TimerReconciliationService(
    TimerReconciler reconciler,
    RecurringTimers recurring,
    TimerReadiness readiness,
    DurableTimerOptions options,
    TimeProvider time,
    ILogger<TimerReconciliationService> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(1);
    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;
    private int _disposed;

    /// <summary>The background loop (for tests: it is running while start-up has already returned).</summary>
    public Task Loop => _loop;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _stopping.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // Two stops can overlap (WebApplicationFactory stops the host while the program's RunAsync stops and
            // disposes it); Dispose has cancelled the loop already.
        }

        await _loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose()
    {
        // The host may be disposed twice (by the factory and by the program), so once only; and cancel first, as a
        // loop left running after disposal would work against disposed services.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        var retryDelay = TimeSpan.FromSeconds(1);
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await reconciler.ReconcileAsync(stopping);
                await recurring.SyncAsync(stopping);
                readiness.MarkReady(time.GetUtcNow());
                retryDelay = TimeSpan.FromSeconds(1);
                await Task.Delay(options.ReconcileInterval, time, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Timer reconciliation failed; retrying in {RetryDelay}", retryDelay);
                try
                {
                    await Task.Delay(retryDelay, time, stopping);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                retryDelay = TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, MaxRetryDelay.Ticks));
            }
        }
    }
}
