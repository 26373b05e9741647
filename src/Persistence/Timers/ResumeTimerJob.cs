using IncidentWorkflows.Persistence.Runtime;
using Microsoft.Extensions.Logging;
using Quartz;

namespace IncidentWorkflows.Persistence.Timers;

/// <summary>
/// Fires one timer bookmark (the job's name is the bookmark id). Idempotent: deleting the bookmark row in the resume
/// transaction is the exactly-once guard, so a second firing (Quartz recovery after a crash, a reconciliation race,
/// an orphan trigger) finds no row and succeeds without doing anything.
/// </summary>
// A failure that did not consume the bookmark (database down, lost an optimistic-concurrency race) is fired again
// with backoff; after the last attempt the row stays and a later reconciliation schedules it anew.
[RetryPolicy(6, "00:00:02", 3.0)]
public sealed class ResumeTimerJob(WorkflowRuntime runtime, QuartzTimerScheduler timers, DurableTimerOptions options, ILogger<ResumeTimerJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var bookmarkId = context.JobDetail.Key.Name;
        using var firing = timers.BeginFiring(bookmarkId);
        try
        {
            var fired = await runtime.ResumeTimerAsync(bookmarkId, context.FireTimeUtc, cancellationToken);
            var level = fired.Lateness >= options.LateWarningThreshold ? LogLevel.Warning : LogLevel.Information;
            logger.Log(level, "Timer {BookmarkId} of instance {InstanceId} at activity {ActivityId} fired {LatenessMs} ms after its due time {DueAt}; instance is {SubStatus}",
                bookmarkId, fired.Instance.Id, fired.ActivityId, (long)fired.Lateness.TotalMilliseconds, fired.DueAt, fired.Instance.SubStatus);
        }
        catch (RuntimeException e) when (e is NotFoundException { Type: "bookmark-not-found" } or ConflictException { Type: "bookmark-consumed" })
        {
            // Someone else consumed it (another firing, an API call, a cancel): the work happened elsewhere.
            logger.LogDebug("Timer {BookmarkId} was already consumed ({Reason}); nothing to do", bookmarkId, e.Type);
        }
        catch (NotFoundException e)
        {
            // The instance or its definition version is gone: retrying cannot help, so succeed and say so loudly.
            logger.LogWarning("Timer {BookmarkId} cannot resume: {Reason}", bookmarkId, e.Message);
        }

        // Anything else (database down, a conflict that left the row in place) is thrown for a retry.
    }
}
