using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IncidentWorkflows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Quartz;

namespace IncidentWorkflows.Persistence.Timers;

/// <summary>
/// Keeps Quartz in step with the published <c>Elsa.Timer</c> and <c>Elsa.Cron</c> triggers (rows of the trigger
/// index with "can start workflow"). Each becomes one durable <see cref="RecurringTriggerJob"/>; each tick is a
/// one-shot trigger named by its occurrence, and the job chains the next one. Occurrence-named triggers make every
/// path idempotent: a sync and a chaining job that both add the next tick add the same trigger, and the start's
/// idempotency key (trigger + occurrence) makes a re-fired tick start nothing new.
/// Call <see cref="SyncAsync"/> after publish, retract or delete (the hosted service also runs it at start and
/// with every reconciliation pass).
/// </summary>
public sealed class RecurringTimers(IDbContextFactory<WorkflowDbContext> contexts, ISchedulerFactory schedulers, TimeProvider time, ILogger<RecurringTimers> logger) : Definitions.IDefinitionChangeListener
{
    internal const string DefinitionIdKey = "definitionId";
    internal const string VersionIdKey = "versionId";
    internal const string ActivityIdKey = "activityId";
    internal const string HashKey = "hash";
    internal const string KindKey = "kind";
    internal const string SpecKey = "spec";
    internal const string OccurrenceKey = "occurrence";

    /// <summary>A publish or retract changes which timer and cron triggers exist: resynchronise at once.</summary>
    public Task OnPublishedDefinitionsChangedAsync(CancellationToken cancellationToken) => SyncAsync(cancellationToken);

    public async Task<RecurringSync> SyncAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        List<TriggerRecord> records;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            records = await db.Triggers.AsNoTracking().Where(t => RecurringSchedule.Kinds.Contains(t.Name)).ToListAsync(cancellationToken);

        var wanted = new Dictionary<string, (TriggerRecord Record, RecurringSchedule Schedule)>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (RecurringSchedule.From(record) is { } schedule)
                wanted[JobName(record)] = (record, schedule);
            else
                logger.LogWarning("Trigger {ActivityId} of {DefinitionId} has a schedule that never ticks ({Payload}); not scheduled", record.ActivityId, record.DefinitionId, record.PayloadJson);
        }

        var jobs = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(TimerKeys.RecurringGroup), cancellationToken);
        var stale = jobs.Where(j => !wanted.ContainsKey(j.Name)).ToList();
        if (stale.Count > 0)
            await scheduler.DeleteJobs(stale, cancellationToken);

        var triggers = await scheduler.QueryTriggers(new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(TimerKeys.RecurringGroup), Take = PagedQuery.All }, cancellationToken);
        var ticking = triggers.Items.Where(t => TimerKeys.WillFire(t.State)).Select(t => t.JobKey.Name).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        var now = time.GetUtcNow();
        foreach (var (name, (record, schedule)) in wanted)
        {
            if (ticking.Contains(name) || schedule.NextAfter(now) is not { } first)
                continue;
            await scheduler.ScheduleJob(BuildJob(name, record, schedule), BuildTick(name, first), ScheduleJobOptions.Replacing, cancellationToken);
            added++;
        }

        logger.LogInformation("Recurring triggers: {Wanted} published, {Added} (re)started, {Removed} removed", wanted.Count, added, stale.Count);
        return new RecurringSync(wanted.Count, added, stale.Count);
    }

    /// <summary>Whether the trigger a job was built from is still published (a retract may not have been synced yet).</summary>
    internal async Task<bool> IsPublishedAsync(string versionId, string activityId, string hash, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Triggers.AnyAsync(t => t.DefinitionVersionId == versionId && t.ActivityId == activityId && t.Hash == hash, cancellationToken);
    }

    /// <summary>Adds the tick after <paramref name="occurrence"/>; adding one that exists already changes nothing.</summary>
    internal async Task ChainAsync(IScheduler scheduler, JobKey job, RecurringSchedule schedule, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        if (schedule.NextAfter(occurrence, time.GetUtcNow()) is not { } next)
            return;
        var tick = BuildTick(job.Name, next);
        if (!await scheduler.Exists(tick.Key, cancellationToken))
            await scheduler.ScheduleJob(tick, ScheduleJobOptions.Replacing, cancellationToken);
    }

    /// <summary>The idempotency key of the instance a tick starts.</summary>
    internal static string IdempotencyKey(string jobName, DateTimeOffset occurrence) => $"recurring:{jobName}:{occurrence.UtcTicks}";

    /// <summary>Bounded and stable: version, activity and payload hash identify the trigger; a new schedule is a new job.</summary>
    private static string JobName(TriggerRecord record) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{record.DefinitionVersionId}\n{record.ActivityId}\n{record.Hash}")))[..32];

    private static IJobDetail BuildJob(string name, TriggerRecord record, RecurringSchedule schedule) =>
        JobBuilder.Create<RecurringTriggerJob>()
            .WithIdentity(name, TimerKeys.RecurringGroup)
            .WithDescription($"{schedule.Kind} '{schedule.Spec}' starts {record.DefinitionId} ({record.DefinitionVersionId}) at {record.ActivityId}")
            .UsingJobData(DefinitionIdKey, record.DefinitionId)
            .UsingJobData(VersionIdKey, record.DefinitionVersionId)
            .UsingJobData(ActivityIdKey, record.ActivityId)
            .UsingJobData(HashKey, record.Hash)
            .UsingJobData(KindKey, schedule.Kind)
            .UsingJobData(SpecKey, schedule.Spec)
            // Between ticks the job has no trigger; durable keeps it stored.
            .StoreDurably(true)
            .RequestRecovery(true)
            .Build();

    private ITrigger BuildTick(string jobName, DateTimeOffset occurrence) =>
        TriggerBuilder.Create(time)
            .WithIdentity($"{jobName}@{occurrence.UtcTicks}", TimerKeys.RecurringGroup)
            .ForJob(jobName, TimerKeys.RecurringGroup)
            .UsingJobData(OccurrenceKey, occurrence.ToString("O", CultureInfo.InvariantCulture))
            .StartAt(occurrence)
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
}

/// <summary>What one sync of recurring triggers found and did.</summary>
public sealed record RecurringSync(int Published, int Started, int Removed);
