using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncidentWorkflows.Persistence.Tests.GroupCommit;

/// <summary>The durable runtime on SQLite with group commit (the default there): exactly-once and durability hold for grouped bursts.</summary>
public sealed class GroupCommitRuntimeTests
{
    [Fact]
    public async Task StartAndResume_TwoHundredConcurrentInstances_EachAnsweredOnlyOnceDurable()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Definitions.ImportAsync(Workflows.WaitForEvent("flow"), "test", default);

        var instances = Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            var started = await db.Runtime.StartAsync(new StartWorkflowRequest("flow", CorrelationId: $"c-{i}"), default);
            // The caller is answered after the commit: a connection of its own already sees the row.
            Assert.Equal("Suspended", await ScalarAsync(db, $"SELECT SubStatus FROM workflow_instances WHERE Id = '{started.Id}'"));
            var resumed = await db.Runtime.ResumeAsync(started.Bookmarks[0].Id, null, default);
            Assert.Equal("Finished", await ScalarAsync(db, $"SELECT SubStatus FROM workflow_instances WHERE Id = '{started.Id}'"));
            return resumed;
        }));
        var results = await Task.WhenAll(instances);

        Assert.All(results, r => Assert.Equal(WorkflowSubStatus.Finished, r.SubStatus));
        Assert.Equal(200L, await ScalarAsync(db, "SELECT COUNT(*) FROM workflow_instances WHERE SubStatus = 'Finished'"));
        Assert.Equal(0L, await ScalarAsync(db, "SELECT COUNT(*) FROM bookmarks"));
        Assert.Equal(200L, await ScalarAsync(db, "SELECT COUNT(*) FROM journal WHERE ActivityId = 'w2' AND EventName = 'Completed'"));
        Assert.Equal(400, db.Services.GetRequiredService<GroupCommitter>().Statistics.Bursts);
    }

    [Fact]
    public async Task ResumeAsync_SameBookmarkManyTimesInOneGroup_ExactlyOneWins()
    {
        // Without the instance lock, every resume of the bookmark reaches the same group: only the bookmark row's delete decides.
        await using var db = await TestDatabase.CreateAsync(configure: s => s.Replace(ServiceDescriptor.Singleton<IInstanceLock, NoLock>()));
        await db.Definitions.ImportAsync(Workflows.WaitForEvent("flow"), "test", default);
        var started = await db.Runtime.StartAsync(new StartWorkflowRequest("flow"), default);
        var committer = db.Services.GetRequiredService<GroupCommitter>();
        await using var gate = await WriterGate.HoldAsync(committer);

        var attempts = Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
        {
            try
            {
                await db.Runtime.ResumeAsync(started.Bookmarks[0].Id, null, default);
                return "won";
            }
            catch (ConflictException)
            {
                return "lost";
            }
        })).ToList();
        await Timers.Eventually.UntilAsync(() => Task.FromResult(committer.Queued == 10), "all ten resumes are queued");
        await gate.ReleaseAsync();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(10, committer.Statistics.LargestGroup);
        Assert.Equal((1, 9), (outcomes.Count(o => o == "won"), outcomes.Count(o => o == "lost")));
        Assert.Equal(1L, await ScalarAsync(db, $"SELECT COUNT(*) FROM journal WHERE InstanceId = '{started.Id}' AND ActivityId = 'w2' AND EventName = 'Completed'"));
    }

    [Fact]
    public async Task StartAsync_SameIdempotencyKeyInOneGroup_OneInstanceAndOthersGetIt()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Definitions.ImportAsync(Workflows.WaitForEvent("flow"), "test", default);
        var good = await db.Runtime.StartAsync(new StartWorkflowRequest("flow"), default);
        var committer = db.Services.GetRequiredService<GroupCommitter>();
        await using var gate = await WriterGate.HoldAsync(committer);

        var duplicates = Enumerable.Range(0, 5).Select(_ => Task.Run(() => db.Runtime.StartAsync(new StartWorkflowRequest("flow", IdempotencyKey: "alert-1"), default))).ToList();
        var resume = Task.Run(() => db.Runtime.ResumeAsync(good.Bookmarks[0].Id, null, default));
        await Timers.Eventually.UntilAsync(() => Task.FromResult(committer.Queued == 6), "the starts and the resume are queued");
        await gate.ReleaseAsync();

        var started = await Task.WhenAll(duplicates);
        Assert.Single(started.Select(s => s.Id).Distinct());
        Assert.Equal(4, started.Count(s => s.Existing));
        Assert.Equal(WorkflowSubStatus.Finished, (await resume).SubStatus);
        Assert.Equal(1L, await ScalarAsync(db, "SELECT COUNT(*) FROM workflow_instances WHERE IdempotencyKey = 'alert-1'"));
    }

    /// <summary>Reads through a connection of its own, outside every pool: what is committed to the file.</summary>
    private static async Task<object?> ScalarAsync(TestDatabase db, string sql)
    {
        var file = Path.Combine(db.Folder, "App_Data", "incidentworkflows.db");
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private sealed class NoLock : IInstanceLock
    {
        public ValueTask<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken) => ValueTask.FromResult<IAsyncDisposable>(new Nothing());

        private sealed class Nothing : IAsyncDisposable
        {
            public ValueTask DisposeAsync() => default;
        }
    }
}
