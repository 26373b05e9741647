using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static IncidentWorkflows.Engine.Tests.Support.FlowBuilder;

namespace IncidentWorkflows.Engine.Tests.Activities;

public sealed class TimerAndEventActivityTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Elsa.Delay", "timeSpan", "00:05:00", 300)]
    [InlineData("Elsa.Timer", "interval", "01:00:00", 3600)]
    [InlineData("Elsa.StartAt", "dateTime", "2026-11-23T12:00:00Z", 7200)]
    [InlineData("Elsa.Cron", "cronExpression", "0 30 10 * * *", 1800)]
    [InlineData("Elsa.Cron", "cronExpression", "0 11 * * *", 3600)]
    public async Task TimerActivity_Executed_CreatesBookmarkDueAtTheRightMoment(string type, string input, string value, int dueInSeconds)
    {
        var time = new FakeTimeProvider(Now);
        var flow = new FlowBuilder().Add("t", type, new() { [input] = Literal(value) }).WriteLine("after", "after").Chain("t", "after");

        var run = await EngineRun.StartAsync(flow, time: time);

        var bookmark = Assert.Single(run.State.Bookmarks);
        Assert.Equal(type, bookmark.Name);
        Assert.Equal(Now.AddSeconds(dueInSeconds), bookmark.ResumeAt);
        Assert.Empty(run.Lines);

        time.Advance(TimeSpan.FromSeconds(dueInSeconds));
        await run.ResumeAsync(bookmark.Id);
        Assert.Equal(["after"], run.Lines);
    }

    [Fact]
    public async Task Event_ResumedWithInput_StoresInputAsResultAndConsumesBookmarkOnce()
    {
        var flow = new FlowBuilder().Variable("Payload")
            .Add("e", "Elsa.Event", new() { ["eventName"] = Literal("approved"), ["result"] = OutputTo("Payload-id") })
            .Add("w", "Elsa.WriteLine", new() { ["text"] = JavaScript("getPayload().by") })
            .Chain("e", "w");

        var run = await EngineRun.StartAsync(flow);
        var bookmark = Assert.Single(run.State.Bookmarks);
        Assert.Equal(BookmarkHasher.Hash("Elsa.Event", new Dictionary<string, string> { ["eventName"] = "approved" }), bookmark.Hash);
        var stale = run.State;

        await run.ResumeAsync(bookmark.Id, new Dictionary<string, object?> { ["by"] = "alice" });

        Assert.Equal(["alice"], run.Lines);
        var runner = new WorkflowRunner(TimeProvider.System);
        var compiled = Compilation.WorkflowCompiler.CreateDefault().Compile(flow.Build());
        await Assert.ThrowsAsync<WorkflowStateException>(async () => await runner.ResumeAsync(compiled, run.State, bookmark.Id));
        Assert.NotNull(stale.Bookmarks.Find(b => b.Id == bookmark.Id));
    }

    [Fact]
    public async Task Resume_UnknownBookmark_ThrowsBookmarkNotFound()
    {
        var run = await EngineRun.StartAsync(new FlowBuilder().Add("e", "Elsa.Event", new() { ["eventName"] = Literal("x") }));

        await Assert.ThrowsAsync<BookmarkNotFoundException>(() => run.ResumeAsync("no-such-bookmark"));
    }

    [Fact]
    public void BookmarkHasher_PayloadOrder_DoesNotChangeHash()
    {
        var a = BookmarkHasher.Hash("n", new Dictionary<string, string> { ["x"] = "1", ["y"] = "2" });
        var b = BookmarkHasher.Hash("n", new Dictionary<string, string> { ["y"] = "2", ["x"] = "1" });

        Assert.Equal(a, b);
        Assert.NotEqual(a, BookmarkHasher.Hash("n", new Dictionary<string, string> { ["x"] = "2", ["y"] = "1" }));
    }

    [Fact]
    public async Task InMemoryScheduler_FakeClockAdvances_FiresDelayWithoutBeingAsked()
    {
        var time = new FakeTimeProvider(Now);
        var harness = new ScenarioHarness(time);
        harness.Runtime.AutoFireTimers = true;
        harness.Runtime.Definitions.Add(new FlowBuilder("timed")
            .Add("delay", "Elsa.Delay", new() { ["timeSpan"] = Literal("00:10:00") })
            .WriteLine("after", "after")
            .Chain("delay", "after").Build());
        var started = await harness.Runtime.StartAsync("timed");

        time.Advance(TimeSpan.FromMinutes(9));
        await harness.Runtime.WhenTimersIdleAsync();
        Assert.Empty(harness.Lines);

        time.Advance(TimeSpan.FromMinutes(1));
        await harness.Runtime.WhenTimersIdleAsync();
        Assert.Equal(["after"], harness.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, harness.Runtime.GetState(started.Id).SubStatus);
    }
}
