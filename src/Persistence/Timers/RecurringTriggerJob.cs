using System.Globalization;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.Extensions.Logging;
using Quartz;

namespace IncidentWorkflows.Persistence.Timers;

/// <summary>
/// One tick of a published <c>Elsa.Timer</c> / <c>Elsa.Cron</c> trigger: chains the next tick, then starts a new
/// instance at the trigger activity. The start's idempotency key is the trigger and the occurrence, so a tick that
/// fires twice (recovery after a crash, a retry) starts one instance.
/// </summary>
[RetryPolicy(4, "00:00:02", 3.0)]
public sealed class RecurringTriggerJob(WorkflowRuntime runtime, RecurringTimers recurring, TimeProvider time, ILogger<RecurringTriggerJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var definitionId = Text(data, RecurringTimers.DefinitionIdKey);
        var versionId = Text(data, RecurringTimers.VersionIdKey);
        var activityId = Text(data, RecurringTimers.ActivityIdKey);
        var occurrence = data.TryGetValue(RecurringTimers.OccurrenceKey, out var value) && value is string text
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            : context.ScheduledFireTimeUtc ?? context.FireTimeUtc;

        if (!await recurring.IsPublishedAsync(versionId, activityId, Text(data, RecurringTimers.HashKey), cancellationToken))
        {
            // Retracted or replaced by a newer version, and not synced yet: stop ticking; the next sync deletes the job.
            logger.LogInformation("Recurring trigger {ActivityId} of {DefinitionId} ({VersionId}) is no longer published; not started", activityId, definitionId, versionId);
            return;
        }

        // Chain first: a crash or failure after this point cannot stop the schedule, and a re-fire of this tick is harmless.
        var schedule = RecurringSchedule.Parse(Text(data, RecurringTimers.KindKey), Text(data, RecurringTimers.SpecKey));
        if (schedule is not null)
            await recurring.ChainAsync(context.Scheduler, context.JobDetail.Key, schedule, occurrence, cancellationToken);

        var started = await runtime.StartAsync(new StartWorkflowRequest(definitionId, TriggerActivityId: activityId, VersionId: versionId,
            IdempotencyKey: RecurringTimers.IdempotencyKey(context.JobDetail.Key.Name, occurrence)), cancellationToken);
        var lateness = time.GetUtcNow() - occurrence;
        logger.LogInformation("Recurring trigger {ActivityId} of {DefinitionId} tick {Occurrence} started instance {InstanceId} ({LatenessMs} ms late){Existing}",
            activityId, definitionId, occurrence, started.Id, (long)lateness.TotalMilliseconds, started.Existing ? " — already started by an earlier firing" : "");
    }

    private static string Text(JobDataMap data, string key) =>
        data.TryGetValue(key, out var value) && value?.ToString() is { } text ? text : throw new InvalidOperationException($"Recurring trigger job data lacks '{key}'.");
}
