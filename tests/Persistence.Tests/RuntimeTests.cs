using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Persistence.Definitions;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentWorkflows.Persistence.Tests;

/// <summary>The durable runtime against a real database: SQLite always, PostgreSQL when the test script started one.</summary>
public sealed class RuntimeTests
{
    public static TheoryData<string> Providers() => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task StartAndResume_EventWorkflow_FinishesAndConsumesBookmark(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.Definitions.ImportAsync(Workflows.WaitForEvent("flow"), "test", default);

        var started = await db.Runtime.StartAsync(new StartWorkflowRequest("flow", CorrelationId: "c-1"), default);
        Assert.Equal(WorkflowSubStatus.Suspended, started.SubStatus);
        var bookmark = Assert.Single(started.Bookmarks);

        var resumed = await db.Runtime.ResumeAsync(bookmark.Id, null, default);

        Assert.Equal(WorkflowSubStatus.Finished, resumed.SubStatus);
        await using var context = db.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContext();
        Assert.Empty(await context.Bookmarks.ToListAsync());
        Assert.Equal(2, await context.Journal.CountAsync(j => j.InstanceId == started.Id && j.ActivityType == "Elsa.WriteLine" && j.EventName == "Completed"));
        await Assert.ThrowsAsync<NotFoundException>(() => db.Runtime.ResumeAsync(bookmark.Id, null, default));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ResumeAsync_TwentyConcurrentCallers_ExactlyOneWins(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.Definitions.ImportAsync(Workflows.WaitForEvent("flow"), "test", default);
        var started = await db.Runtime.StartAsync(new StartWorkflowRequest("flow"), default);
        var bookmarkId = started.Bookmarks[0].Id;

        var attempts = Enumerable.Range(0, 20).Select(async _ =>
        {
            try
            {
                await db.Runtime.ResumeAsync(bookmarkId, null, default);
                return "won";
            }
            catch (RuntimeException e) when (e is ConflictException or NotFoundException)
            {
                return "lost";
            }
        });
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(1, outcomes.Count(o => o == "won"));
        await using var context = db.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContext();
        Assert.Equal(1, await context.Journal.CountAsync(j => j.InstanceId == started.Id && j.ActivityId == "w2" && j.EventName == "Completed"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task StartAsync_SameIdempotencyKey_ReturnsTheFirstInstance(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.Definitions.ImportAsync(Workflows.WaitForEvent("flow"), "test", default);

        var first = await db.Runtime.StartAsync(new StartWorkflowRequest("flow", IdempotencyKey: "alert-123"), default);
        var second = await db.Runtime.StartAsync(new StartWorkflowRequest("flow", IdempotencyKey: "alert-123"), default);

        Assert.Equal(first.Id, second.Id);
        Assert.True(second.Existing);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TriggerEventAsync_TriggerAndWaitingInstance_StartsOneAndResumesOther(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.Definitions.ImportAsync(Workflows.EventTrigger("on-alert", "alert"), "test", default);
        await db.Definitions.ImportAsync(Workflows.WaitForEvent("waiter", "alert"), "test", default);
        var waiting = await db.Runtime.StartAsync(new StartWorkflowRequest("waiter"), default);

        var result = await db.Runtime.TriggerEventAsync("alert", null, null, default);

        var started = Assert.Single(result.Started);
        Assert.Equal(("on-alert", WorkflowSubStatus.Finished), (started.DefinitionId, started.SubStatus));
        var resumed = Assert.Single(result.Resumed);
        Assert.Equal((waiting.Id, WorkflowSubStatus.Finished), (resumed.Id, resumed.SubStatus));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportAsync_SameFileTwice_SecondDoesNothingAndChangedFileAddsVersion(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        var first = await db.Definitions.ImportAsync(Workflows.WaitForEvent("flow"), "file", default);
        var again = await db.Definitions.ImportAsync(Workflows.WaitForEvent("flow"), "file", default);
        var running = await db.Runtime.StartAsync(new StartWorkflowRequest("flow"), default);
        var changed = await db.Definitions.ImportAsync(Workflows.WaitForEvent("flow", extra: " (v2)"), "file", default);

        Assert.Equal((ImportOutcome.Created, ImportOutcome.Unchanged, ImportOutcome.Created), (first.Outcome, again.Outcome, changed.Outcome));
        Assert.Equal(2, changed.Definition.Version);
        var versions = await db.Definitions.VersionsAsync("flow", default);
        Assert.Equal([false, true], versions.Select(v => v.IsPublished));
        Assert.Equal(1, running.DefinitionVersion);
        var resumed = await db.Runtime.ResumeAsync(running.Bookmarks[0].Id, null, default);
        Assert.Equal((1, WorkflowSubStatus.Finished), (resumed.DefinitionVersion, resumed.SubStatus));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task PublishAsync_InvalidDefinition_IsRefusedWithTheRule(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => db.Definitions.ImportAsync(Workflows.Invalid, "test", default));

        Assert.Equal("invalid-definition", error.Type);
        var issue = Assert.Single(error.Issues);
        Assert.Equal(("x", "unknown-activity-type"), (issue.ActivityId, issue.Rule));
        await Assert.ThrowsAsync<NotFoundException>(() => db.Definitions.VersionsAsync("broken", default));
    }
}
