using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentWorkflows.Persistence.Tests.GroupCommit;

/// <summary>The group writer's own saving of tracked changes: same rows as SaveChanges, same conflicts, SaveChanges for the rest.</summary>
public sealed class PreparedChangeWriterTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task CommitAsync_AddedRowsWithConvertedAndGeneratedValues_ReadBackAsWritten()
    {
        await using var db = await TestDatabase.CreateAsync();
        var committer = db.Services.GetRequiredService<GroupCommitter>();

        await committer.CommitAsync(burst =>
        {
            burst.Db.Journal.Add(new JournalRecord { InstanceId = "i", ActivityId = "a", ActivityNodeId = "a", ActivityType = "T", EventName = "Completed", StartedAt = Noon, Timestamp = Noon.AddSeconds(1) });
            burst.Db.Journal.Add(new JournalRecord { InstanceId = "i", ActivityId = "b", ActivityNodeId = "b", ActivityType = "T", EventName = "Completed", Timestamp = Noon.AddSeconds(2), Message = "null start" });
            return Task.CompletedTask;
        }, default);

        await using var context = await Contexts(db).CreateDbContextAsync();
        var rows = await context.Journal.AsNoTracking().OrderBy(j => j.Id).ToListAsync();
        Assert.Equal([("a", Noon, Noon.AddSeconds(1)), ("b", (DateTimeOffset?)null, Noon.AddSeconds(2))], rows.Select(r => (r.ActivityId, r.StartedAt, r.Timestamp)));
        Assert.True(rows[0].Id > 0 && rows[1].Id > rows[0].Id);
        Assert.Equal(2, await context.Journal.CountAsync(j => j.Timestamp >= Noon));
    }

    [Fact]
    public async Task CommitAsync_RowChangedUnderneath_FailsWithConflict()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Definitions.ImportAsync(Workflows.WaitForEvent("flow"), "test", default);
        var started = await db.Runtime.StartAsync(new StartWorkflowRequest("flow"), default);
        var committer = db.Services.GetRequiredService<GroupCommitter>();

        var stale = committer.CommitAsync(async burst =>
        {
            var record = await burst.Db.WorkflowInstances.SingleAsync(i => i.Id == started.Id);
            await burst.Db.WorkflowInstances.Where(i => i.Id == started.Id).ExecuteUpdateAsync(u => u.SetProperty(i => i.Revision, i => i.Revision + 1));
            record.Name = "lost update";
            record.Revision++;
        }, default);

        Assert.Equal("instance-changed", (await Assert.ThrowsAsync<ConflictException>(() => stale)).Type);
        await using var context = await Contexts(db).CreateDbContextAsync();
        Assert.NotEqual("lost update", (await context.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == started.Id)).Name);
    }

    [Fact]
    public async Task CommitAsync_BurstThatAlsoDeletes_IsSavedWhole()
    {
        await using var db = await TestDatabase.CreateAsync();
        var committer = db.Services.GetRequiredService<GroupCommitter>();
        await committer.CommitAsync(burst =>
        {
            burst.Db.Outbox.Add(new OutboxMessage { Kind = "test", PayloadJson = "{}", IdempotencyKey = "old" });
            return Task.CompletedTask;
        }, default);

        await committer.CommitAsync(async burst =>
        {
            burst.Db.Outbox.Remove(await burst.Db.Outbox.SingleAsync(m => m.IdempotencyKey == "old"));
            burst.Db.Outbox.Add(new OutboxMessage { Kind = "test", PayloadJson = "{}", IdempotencyKey = "new" });
        }, default);

        await using var context = await Contexts(db).CreateDbContextAsync();
        Assert.Equal(["new"], await context.Outbox.AsNoTracking().Select(m => m.IdempotencyKey).ToListAsync());
    }

    private static IDbContextFactory<WorkflowDbContext> Contexts(TestDatabase db) => db.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>();
}
