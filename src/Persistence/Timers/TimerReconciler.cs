using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Quartz;

namespace IncidentWorkflows.Persistence.Timers;

/// <summary>
/// Makes Quartz agree with the bookmark rows: schedules every timer row without a trigger that will fire (a crash
/// between commit and scheduling, a failed scheduling call, a trigger lost mid-firing) and deletes triggers whose row
/// is gone. Safe to run at any time, on several hosts at once.
/// </summary>
public sealed class TimerReconciler(
    IDbContextFactory<WorkflowDbContext> contexts,
    ISchedulerFactory schedulers,
    QuartzTimerScheduler timers,
    DurableTimerOptions options,
    ILogger<TimerReconciler> logger)
{
    public async Task<TimerReconciliation> ReconcileAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var scheduler = await schedulers.GetScheduler(cancellationToken);

        // Triggers first, rows second. A trigger is only ever created after its row committed, so a trigger listed
        // here whose row is absent from the later read was consumed: deleting it can never lose a timer.
        var triggers = await scheduler.QueryTriggers(new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(TimerKeys.BookmarkGroup), Take = PagedQuery.All }, cancellationToken);
        var listed = triggers.Items.Select(t => t.Key.Name).ToHashSet(StringComparer.Ordinal);
        var willFire = triggers.Items.Where(t => TimerKeys.WillFire(t.State)).Select(t => t.Key.Name).ToHashSet(StringComparer.Ordinal);

        List<(string Id, string InstanceId, DateTimeOffset DueAt)> rows;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            rows = (await db.Bookmarks.AsNoTracking().Where(b => b.ResumeAt != null).Select(b => new { b.Id, b.InstanceId, b.ResumeAt }).ToListAsync(cancellationToken))
                .Select(b => (b.Id, b.InstanceId, b.ResumeAt!.Value)).ToList();
        }

        var missing = rows.Where(r => !willFire.Contains(r.Id)).ToList();
        var rowIds = rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var orphans = listed.Where(id => !rowIds.Contains(id)).Select(TimerKeys.BookmarkJob).ToList();

        // Replacing makes a race with the runtime (which may schedule the same row meanwhile) harmless: same id, same due time.
        foreach (var batch in missing.Chunk(options.ReconcileBatchSize))
        {
            var jobs = batch.ToDictionary(
                r => QuartzTimerScheduler.BuildJob(r.Id, r.InstanceId),
                r => (IReadOnlyCollection<ITrigger>)[timers.BuildTrigger(r.Id, r.DueAt)]);
            await scheduler.ScheduleJobs(jobs, ScheduleJobOptions.Replacing, cancellationToken);
        }

        if (orphans.Count > 0)
            await scheduler.DeleteJobs(orphans, cancellationToken);

        var result = new TimerReconciliation(rows.Count, missing.Count, orphans.Count);
        logger.LogInformation("Timer reconciliation: {Rows} timer rows, {Scheduled} scheduled, {Orphans} orphan triggers deleted in {ElapsedMs} ms",
            result.Rows, result.Scheduled, result.OrphansDeleted, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }
}

/// <summary>What one reconciliation pass found and did.</summary>
public sealed record TimerReconciliation(int Rows, int Scheduled, int OrphansDeleted);
