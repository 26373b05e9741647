using IncidentWorkflows.Persistence.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentWorkflows.Persistence.Tests.Timers;

/// <summary>Published Elsa.Timer and Elsa.Cron triggers start a new instance at each tick.</summary>
public sealed class RecurringTimerTests
{
    public static TheoryData<string> Providers() => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Publish_IntervalTrigger_StartsAnInstancePerTickUntilRetracted(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await TimerHost.CreateAsync(db);
        await host.Readiness.WhenReady.WaitAsync(Eventually.DefaultTimeout);
        var recurring = host.Services.GetRequiredService<RecurringTimers>();
        await host.Definitions.ImportAsync(TimerWorkflows.IntervalTrigger("ticker", "00:00:01"), "test", default);

        // Publishing synchronised the recurring triggers already: a further sync finds nothing to start.
        Assert.Equal(new RecurringSync(Published: 1, Started: 0, Removed: 0), await recurring.SyncAsync(default));
        await Eventually.UntilAsync(async () => await FinishedCountAsync(host, "ticker") >= 2, "two ticks have each started and finished an instance");

        await host.Definitions.RetractAsync("ticker", default);
        Assert.Equal(new RecurringSync(0, 0, 0), await recurring.SyncAsync(default));
        Assert.Equal(0, await host.TriggerCountAsync(TimerKeys.RecurringGroup));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SyncAsync_PublishedCronTrigger_StartsInstancesOnItsOccurrences(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await TimerHost.CreateAsync(db);
        await host.Definitions.ImportAsync(TimerWorkflows.CronTrigger("cron", "* * * * * *"), "test", default);

        await host.Services.GetRequiredService<RecurringTimers>().SyncAsync(default);

        await Eventually.UntilAsync(async () => await FinishedCountAsync(host, "cron") >= 2, "two cron occurrences have each started an instance");
        await using var context = host.Db();
        var keys = await context.WorkflowInstances.Where(i => i.DefinitionId == "cron").Select(i => i.IdempotencyKey).ToListAsync();
        Assert.All(keys, key => Assert.StartsWith("recurring:", key));
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void NextAfter_MissedTicks_FiresOnceThenContinuesFromNow()
    {
        var schedule = RecurringSchedule.Parse("Elsa.Timer", "00:10:00")!;
        var occurrence = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);

        Assert.Equal(occurrence.AddMinutes(10), schedule.NextAfter(occurrence, occurrence.AddSeconds(1)));
        Assert.Equal(occurrence.AddHours(5).AddMinutes(10), schedule.NextAfter(occurrence, occurrence.AddHours(5)));
        var cron = RecurringSchedule.Parse("Elsa.Cron", "0 * * * *")!;
        Assert.Equal(occurrence.AddHours(6), cron.NextAfter(occurrence, occurrence.AddHours(5).AddMinutes(1)));
        Assert.Null(RecurringSchedule.Parse("Elsa.Timer", "00:00:00"));
        Assert.Null(RecurringSchedule.Parse("Elsa.Cron", "not a cron"));
    }

    private static async Task<int> FinishedCountAsync(TimerHost host, string definitionId)
    {
        await using var context = host.Db();
        return await context.WorkflowInstances.CountAsync(i => i.DefinitionId == definitionId && i.Status == "Finished");
    }
}
