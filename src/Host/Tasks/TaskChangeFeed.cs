using System.Runtime.CompilerServices;
using System.Threading.Channels;
using IncidentWorkflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Host.Tasks;

/// <summary>
/// Tells connected inboxes that tasks changed. Every change of a task (created by a workflow, claimed, completed,
/// obsolete, ...) writes a step to its history, so the highest step id is a change stamp: while at least one inbox
/// listens, one indexed read per second for the whole host compares it, and each listener gets the new stamp. A burst's
/// task and the inbox's own changes are seen the same way, whichever process or transaction wrote them.
/// </summary>
public sealed class TaskChangeFeed(IDbContextFactory<WorkflowDbContext> contexts, ILogger<TaskChangeFeed> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly Lock _gate = new();
    private readonly List<Channel<long>> _listeners = [];
    private long _stamp = -1;

    /// <summary>The change stamps from now on (the current one first); ends when the caller stops listening.</summary>
    public async IAsyncEnumerable<long> ListenAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<long>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
            _listeners.Add(channel);
        try
        {
            yield return Volatile.Read(ref _stamp);
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
                while (channel.Reader.TryRead(out var stamp))
                    yield return stamp;
        }
        finally
        {
            lock (_gate)
                _listeners.Remove(channel);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            Channel<long>[] listeners;
            lock (_gate)
                listeners = [.. _listeners];
            if (listeners.Length == 0)
                continue;
            try
            {
                await using var db = await contexts.CreateDbContextAsync(stoppingToken).ConfigureAwait(false);
                var stamp = await db.HumanTaskSteps.MaxAsync(s => (long?)s.Id, stoppingToken).ConfigureAwait(false) ?? 0;
                if (stamp == Interlocked.Exchange(ref _stamp, stamp))
                    continue;
                foreach (var listener in listeners)
                    listener.Writer.TryWrite(stamp);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not read the task change stamp; the inboxes are told at the next tick.");
            }
        }
    }
}
