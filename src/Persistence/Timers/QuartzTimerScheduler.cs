using System.Collections.Concurrent;
using System.Globalization;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.Extensions.Logging;
using Quartz;

namespace IncidentWorkflows.Persistence.Timers;

/// <summary>
/// Durable timers as Quartz jobs: one <see cref="ResumeTimerJob"/> per timer bookmark, keyed by the bookmark id, with
/// a one-shot trigger at the due time that fires once, late, after a misfire. The bookmark row is the truth; this is
/// told after commit, and reconciliation repairs whatever a crash or a failed call left behind.
/// </summary>
public sealed class QuartzTimerScheduler(ISchedulerFactory schedulers, TimeProvider time, ILogger<QuartzTimerScheduler> logger) : ITimerScheduler
{
    // Bookmarks whose job is running on this host: the resume drops the timer it consumed, and deleting the job
    // that is firing would only cost a write.
    private readonly ConcurrentDictionary<string, byte> _firing = new(StringComparer.Ordinal);

    public async ValueTask ScheduleAsync(string bookmarkId, string instanceId, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            await scheduler.ScheduleJob(BuildJob(bookmarkId, instanceId), BuildTrigger(bookmarkId, dueAt), ScheduleJobOptions.Replacing, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The burst has committed; failing the caller would report a failure for work that was done. The row
            // stays, and the next reconciliation schedules it.
            logger.LogError(e, "Could not schedule timer {BookmarkId} of instance {InstanceId} due {DueAt}; reconciliation will retry", bookmarkId, instanceId, dueAt);
        }
    }

    public async ValueTask UnscheduleAsync(string bookmarkId, CancellationToken cancellationToken)
    {
        if (_firing.ContainsKey(bookmarkId))
            return;
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            await scheduler.DeleteJob(TimerKeys.BookmarkJob(bookmarkId), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A leftover trigger is harmless: it fires, finds no row and does nothing; reconciliation deletes it too.
            logger.LogWarning(e, "Could not unschedule timer {BookmarkId}; it will fire harmlessly or be reconciled", bookmarkId);
        }
    }

    /// <summary>Marks a bookmark as firing on this host until the returned scope is disposed.</summary>
    internal IDisposable BeginFiring(string bookmarkId)
    {
        _firing.TryAdd(bookmarkId, 0);
        return new FiringScope(this, bookmarkId);
    }

    internal static IJobDetail BuildJob(string bookmarkId, string instanceId) =>
        JobBuilder.Create<ResumeTimerJob>()
            .WithIdentity(TimerKeys.BookmarkJob(bookmarkId))
            .WithDescription($"Timer of instance {instanceId}")
            .UsingJobData(TimerKeys.InstanceIdKey, instanceId)
            // After a crash mid-firing Quartz fires the job again; the bookmark row decides whether it still resumes.
            .RequestRecovery(true)
            .Build();

    internal ITrigger BuildTrigger(string bookmarkId, DateTimeOffset dueAt)
    {
        // A timer that came due while nobody scheduled it (crash between commit and scheduling) starts now. Stored
        // with its old due time it would count as misfired, which Quartz's acquisition skips, leaving it to the
        // misfire scan that runs only once a minute. Lateness is measured from the row's due time anyway.
        var now = time.GetUtcNow();
        return TriggerBuilder.Create(time)
            .WithIdentity(TimerKeys.BookmarkTrigger(bookmarkId))
            .ForJob(TimerKeys.BookmarkJob(bookmarkId))
            .UsingJobData(TimerKeys.DueAtKey, dueAt.ToString("O", CultureInfo.InvariantCulture))
            .StartAt(dueAt > now ? dueAt : now)
            // Missed while stored (hosts down at the due time): fire once, as soon as the scheduler runs again.
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
    }

    private sealed class FiringScope(QuartzTimerScheduler owner, string bookmarkId) : IDisposable
    {
        public void Dispose() => owner._firing.TryRemove(bookmarkId, out _);
    }
}
