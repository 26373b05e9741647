using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IncidentWorkflows.Persistence.Tests;

public sealed class JournalRetentionTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Apply_OldAndExcessEntries_AreDeletedNewestKept(string provider)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));
        await using var db = await TestDatabase.CreateAsync(provider, time);
        var factory = db.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>();
        await using (var context = await factory.CreateDbContextAsync())
        {
            for (var i = 0; i < 5; i++)
                context.Journal.Add(Entry("busy", time.GetUtcNow().AddMinutes(i)));
            context.Journal.Add(Entry("old", time.GetUtcNow().AddDays(-100)));
            context.Journal.Add(Entry("recent", time.GetUtcNow().AddDays(-1)));
            await context.SaveChangesAsync();
        }

        var deleted = await db.Services.GetRequiredService<JournalRetention>()
            .ApplyAsync(new JournalRetentionOptions { MaxAge = TimeSpan.FromDays(90), MaxEntriesPerInstance = 3 }, default);

        Assert.Equal(3, deleted);
        await using var check = await factory.CreateDbContextAsync();
        var left = await check.Journal.OrderBy(j => j.Id).Select(j => new { j.InstanceId, j.Timestamp }).ToListAsync();
        Assert.Equal(["busy", "busy", "busy", "recent"], left.Select(j => j.InstanceId));
        Assert.Equal(time.GetUtcNow().AddMinutes(2), left[0].Timestamp);
    }

    private static JournalRecord Entry(string instanceId, DateTimeOffset at) => new()
    {
        InstanceId = instanceId,
        ActivityId = "a",
        ActivityNodeId = "flow:a",
        ActivityType = "Elsa.WriteLine",
        EventName = "Completed",
        Timestamp = at,
    };
}
