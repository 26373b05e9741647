using System.Text.Json;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace IncidentWorkflows.Persistence.Tests.Timers;

/// <summary>Quartz 4.7.3 runs on the TimeProvider in the container, so the application's clock drives timers too.</summary>
public sealed class TimerClockTests
{
    public static TheoryData<string> Providers() => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Delay_FakeClockAdvancedPastDueTime_FiresOnTheFakeClock(string provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var db = await TestDatabase.CreateAsync(provider, clock);
        await using var host = await TimerHost.CreateAsync(db, time: clock);
        await host.Definitions.ImportAsync(Workflows.DelayThenEvent("flow", "01:00:00"), "test", default);
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest("flow"), default);
        var scheduler = await host.SchedulerAsync();
        Assert.Same(clock, scheduler.TimeProvider);

        clock.Advance(TimeSpan.FromHours(1));

        await Eventually.UntilAsync(() => host.WaitsAtEventAsync(started.Id), "the Delay fired on the fake clock");
        await using var context = host.Db();
        var fired = await context.Journal.SingleAsync(j => j.InstanceId == started.Id && j.EventName == WorkflowRuntime.TimerFiredEvent);
        // Quartz keeps times to the millisecond, so the firing is within one of the due time, and not late at all.
        Assert.True((fired.Timestamp - started.Bookmarks[0].ResumeAt!.Value).Duration() < TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, JsonDocument.Parse(fired.PayloadJson!).RootElement.GetProperty("latenessMs").GetInt64());
    }
}
