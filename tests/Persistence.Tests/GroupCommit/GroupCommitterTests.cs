using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentWorkflows.Persistence.Tests.GroupCommit;

/// <summary>The SQLite group committer with bursts of our own: what commits together, what fails alone.</summary>
public sealed class GroupCommitterTests
{
    [Fact]
    public async Task CommitAsync_BurstsQueuedWhileWriterBusy_CommitInOneGroup()
    {
        await using var db = await TestDatabase.CreateAsync();
        var committer = db.Services.GetRequiredService<GroupCommitter>();
        await using var gate = await WriterGate.HoldAsync(committer);

        var bursts = Enumerable.Range(0, 10).Select(i => committer.CommitAsync(Stage($"k{i}"), default)).ToList();
        await gate.ReleaseAsync();
        await Task.WhenAll(bursts);

        Assert.Equal(10, committer.Statistics.LargestGroup);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"k{i}").Order(), await KeysAsync(db));
    }

    [Fact]
    public async Task CommitAsync_FailingBurstsAmongGoodOnes_FailAloneAndTheOthersCommit()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Services.GetRequiredService<GroupCommitter>().CommitAsync(Stage("kept"), default);
        var committer = db.Services.GetRequiredService<GroupCommitter>();
        await using var gate = await WriterGate.HoldAsync(committer);

        var good1 = committer.CommitAsync(Stage("a"), default);
        // Runs a statement, stages a row, then throws: both must be undone, and only for this burst.
        var throws = committer.CommitAsync(async burst =>
        {
            await burst.Db.Outbox.Where(m => m.IdempotencyKey == "kept").ExecuteDeleteAsync();
            burst.Db.Outbox.Add(Message("from-failed-burst"));
            throw new InvalidOperationException("activity failed");
        }, default);
        var good2 = committer.CommitAsync(Stage("b"), default);
        // Violates the unique idempotency key of a burst earlier in the same group: fails when saved.
        var duplicate = committer.CommitAsync(Stage("a"), default);
        var good3 = committer.CommitAsync(Stage("c"), default);
        await gate.ReleaseAsync();

        await Task.WhenAll(good1, good2, good3);
        Assert.Equal("activity failed", (await Assert.ThrowsAsync<InvalidOperationException>(() => throws)).Message);
        await Assert.ThrowsAsync<DbUpdateException>(() => duplicate);
        Assert.Equal(5, committer.Statistics.LargestGroup);
        Assert.Equal(["a", "b", "c", "kept"], await KeysAsync(db));
    }

    [Fact]
    public async Task CommitAsync_CallerCanceledWhileQueued_IsNotRunAndOthersCommit()
    {
        await using var db = await TestDatabase.CreateAsync();
        var committer = db.Services.GetRequiredService<GroupCommitter>();
        await using var gate = await WriterGate.HoldAsync(committer);
        using var canceled = new CancellationTokenSource();

        var dropped = committer.CommitAsync(Stage("dropped"), canceled.Token);
        var kept = committer.CommitAsync(Stage("kept"), default);
        await canceled.CancelAsync();
        await gate.ReleaseAsync();

        await kept;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dropped);
        Assert.Equal(["kept"], await KeysAsync(db));
    }

    [Fact]
    public async Task CommitAsync_CalledFromInsideABurst_FailsInsteadOfWaitingForItself()
    {
        await using var db = await TestDatabase.CreateAsync();
        var committer = db.Services.GetRequiredService<GroupCommitter>();

        var nested = committer.CommitAsync(_ => committer.CommitAsync(Stage("inner"), default), default);

        await Assert.ThrowsAsync<InvalidOperationException>(() => nested);
        Assert.Empty(await KeysAsync(db));
    }

    private static Func<Burst, Task> Stage(string key) => burst =>
    {
        burst.Db.Outbox.Add(Message(key));
        return Task.CompletedTask;
    };

    private static OutboxMessage Message(string key) => new() { Kind = "test", PayloadJson = "{}", IdempotencyKey = key };

    /// <summary>What a new connection sees: only committed rows.</summary>
    private static async Task<List<string>> KeysAsync(TestDatabase db)
    {
        await using var context = await db.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        return await context.Outbox.AsNoTracking().Select(m => m.IdempotencyKey).OrderBy(k => k).ToListAsync();
    }
}
