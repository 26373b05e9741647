using System.Text.Json;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IncidentWorkflows.Persistence.Tests.Timers;

/// <summary>Timer bookmarks fired by Quartz on the application's database: SQLite, and PostgreSQL when the test script started one.</summary>
public sealed class DurableTimerTests
{
    public static TheoryData<string> Providers() => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Delay_OneSecond_FiresAndInstanceReachesTheEvent(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await TimerHost.CreateAsync(db);
        await host.Definitions.ImportAsync(Workflows.DelayThenEvent("flow", "00:00:01"), "test", default);

        var started = await host.Runtime.StartAsync(new StartWorkflowRequest("flow"), default);
        Assert.Equal("Elsa.Delay", Assert.Single(started.Bookmarks).Name);

        await Eventually.UntilAsync(() => host.WaitsAtEventAsync(started.Id), "the instance waits at the Event after the Delay");
        await using var context = host.Db();
        var bookmark = Assert.Single(await context.Bookmarks.Where(b => b.InstanceId == started.Id).ToListAsync());
        Assert.Equal("Elsa.Event", bookmark.Name);
        var fired = Assert.Single(await context.Journal.Where(j => j.InstanceId == started.Id && j.EventName == WorkflowRuntime.TimerFiredEvent).ToListAsync());
        Assert.Equal(("delay", "Elsa.Delay"), (fired.ActivityId, fired.ActivityType));
        Assert.True(LatenessMs(fired.PayloadJson) >= 0);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Reconcile_TimerDueWhileHostWasDown_FiresExactlyOnceLate(string provider)
    {
        // The burst committed an hour ago and the host died before telling Quartz: a timer row, due 59 minutes
        // ago, and no trigger (the first "host" has no durable timers at all).
        var anHourAgo = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1));
        await using var db = await TestDatabase.CreateAsync(provider, anHourAgo);
        await db.Definitions.ImportAsync(Workflows.DelayThenEvent("flow", "00:01:00"), "test", default);
        var started = await db.Runtime.StartAsync(new StartWorkflowRequest("flow"), default);

        await using (var host = await TimerHost.CreateAsync(db))
        {
            await host.Readiness.WhenReady.WaitAsync(Eventually.DefaultTimeout);
            await Eventually.UntilAsync(() => host.WaitsAtEventAsync(started.Id), "the instance waits at the Event after the Delay");
            await Eventually.UntilAsync(async () => await host.TriggerCountAsync(TimerKeys.BookmarkGroup) == 0, "the fired trigger is gone");
        }

        // Restart once more: reconciliation finds nothing to fire, so nothing can fire again.
        await using var again = await TimerHost.CreateAsync(db);
        await again.Readiness.WhenReady.WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(0, await again.TriggerCountAsync(TimerKeys.BookmarkGroup));
        // A second firing would have scheduled the Event twice; the event would then complete twice.
        await again.Runtime.TriggerEventAsync("go", null, null, default);
        Assert.Equal(1, await again.JournalCountAsync(started.Id, "ev", "Completed"));
        Assert.Equal(1, await again.JournalCountAsync(started.Id, "delay", "Completed"));
        await using var context = again.Db();
        var fired = Assert.Single(await context.Journal.Where(j => j.InstanceId == started.Id && j.EventName == WorkflowRuntime.TimerFiredEvent).ToListAsync());
        Assert.True(LatenessMs(fired.PayloadJson) >= TimeSpan.FromMinutes(59).TotalMilliseconds);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task OrphanTrigger_BookmarkAlreadyConsumed_FiresHarmlessly(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await TimerHost.CreateAsync(db);
        await host.Definitions.ImportAsync(Workflows.DelayThenEvent("flow", "01:00:00"), "test", default);
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest("flow"), default);
        var delay = started.Bookmarks[0];
        await host.Runtime.ResumeAsync(delay.Id, null, default);

        // A trigger left over for the consumed bookmark (as a lost unschedule would leave it), due now.
        await host.Services.GetRequiredService<ITimerScheduler>().ScheduleAsync(delay.Id, started.Id, DateTimeOffset.UtcNow, default);
        var scheduler = await host.SchedulerAsync();
        await Eventually.UntilAsync(async () => !await scheduler.Exists(TimerKeys.BookmarkJob(delay.Id)), "the orphan trigger has fired and its job is gone");

        Assert.Equal(1, await host.JournalCountAsync(started.Id, "delay", "Completed"));
        Assert.Equal(0, await host.JournalCountAsync(started.Id, "delay", WorkflowRuntime.TimerFiredEvent));
        await using var context = host.Db();
        Assert.Equal("Elsa.Event", Assert.Single(await context.Bookmarks.Where(b => b.InstanceId == started.Id).ToListAsync()).Name);
        await host.Runtime.TriggerEventAsync("go", null, null, default);
        Assert.Equal(1, await host.JournalCountAsync(started.Id, "ev", "Completed"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ReconcileAsync_OrphanAndMissingTriggers_DeletesOneAndSchedulesTheOther(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.Definitions.ImportAsync(Workflows.DelayThenEvent("flow", "01:00:00"), "test", default);
        var waiting = await db.Runtime.StartAsync(new StartWorkflowRequest("flow"), default);
        // Not started: Quartz stores triggers but fires none, so what reconciliation did is all there is to see.
        await using var host = await TimerHost.CreateAsync(db, start: false);
        await host.Services.GetRequiredService<ITimerScheduler>().ScheduleAsync("gone", "no-instance", DateTimeOffset.UtcNow.AddHours(1), default);

        var result = await host.Services.GetRequiredService<TimerReconciler>().ReconcileAsync(default);

        Assert.Equal(new TimerReconciliation(Rows: 1, Scheduled: 1, OrphansDeleted: 1), result);
        var scheduler = await host.SchedulerAsync();
        Assert.False(await scheduler.Exists(TimerKeys.BookmarkJob("gone")));
        var trigger = await scheduler.GetTrigger(TimerKeys.BookmarkTrigger(waiting.Bookmarks[0].Id));
        Assert.NotNull(trigger);
        Assert.True((trigger.StartTimeUtc - waiting.Bookmarks[0].ResumeAt!.Value).Duration() < TimeSpan.FromMilliseconds(1), "Quartz keeps the due time to the millisecond");
        Assert.Equal(new TimerReconciliation(1, 0, 0), await host.Services.GetRequiredService<TimerReconciler>().ReconcileAsync(default));
    }

    private static long LatenessMs(string? payloadJson) => JsonDocument.Parse(payloadJson!).RootElement.GetProperty("latenessMs").GetInt64();
}
