using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Tests.Support;
using static IncidentWorkflows.Engine.Tests.Support.FlowBuilder;

namespace IncidentWorkflows.Engine.Tests.Activities;

/// <summary>
/// Joins in both flowchart modes. The shapes: a fork A→{B,C}→J with B and C waiting on events (so arrivals
/// interleave across bursts), and a decision whose untaken branch also leads to the join (a dead path).
/// </summary>
public sealed class JoinTests
{
    private static FlowBuilder ForkOfTwoEvents(Dictionary<string, Func<FlowBuilder, FlowBuilder>>? join = null, string? mergeMode = null, string joinType = "Elsa.WriteLine", string mode = "WaitAll")
    {
        var flow = new FlowBuilder()
            .Add("start", "Elsa.Start")
            .Add("b", "Elsa.Event", new() { ["eventName"] = Literal("b") })
            .Add("c", "Elsa.Event", new() { ["eventName"] = Literal("c") });
        flow = joinType == "Elsa.FlowJoin"
            ? flow.Add("j", "Elsa.FlowJoin", new() { ["mode"] = Literal(mode) })
            : flow.Add("j", "Elsa.WriteLine", new() { ["text"] = Literal("joined") }, mergeMode);
        if (joinType == "Elsa.FlowJoin")
            flow.WriteLine("after", "joined").Connect("j", "after");
        return flow.Connect("start", "b").Connect("start", "c").Connect("b", "j").Connect("c", "j");
    }

    private static async Task<(EngineRun Run, int AfterFirst, int AfterBoth)> ArriveBothAsync(FlowBuilder flow, FlowchartMode mode)
    {
        var run = await EngineRun.StartAsync(flow, mode);
        await run.ResumeAsync(b => b.Payload!["eventName"] == "b");
        var afterFirst = run.Lines.Count(l => l == "joined");
        if (run.State.Bookmarks.Exists(b => b.Payload!["eventName"] == "c"))
            await run.ResumeAsync(b => b.Payload!["eventName"] == "c");
        return (run, afterFirst, run.Lines.Count(l => l == "joined"));
    }

    [Theory]
    [InlineData(FlowchartMode.CounterBased)]
    [InlineData(FlowchartMode.TokenBased)]
    public async Task FlowJoin_WaitAll_RunsOnceAfterBothBranches(FlowchartMode mode)
    {
        var (run, afterFirst, afterBoth) = await ArriveBothAsync(ForkOfTwoEvents(joinType: "Elsa.FlowJoin", mode: "WaitAll"), mode);

        Assert.Equal((0, 1), (afterFirst, afterBoth));
        Assert.Equal(WorkflowSubStatus.Finished, run.State.SubStatus);
    }

    [Theory]
    [InlineData(FlowchartMode.CounterBased)]
    [InlineData(FlowchartMode.TokenBased)]
    public async Task FlowJoin_WaitAny_RunsOnFirstArrivalAndCancelsTheOtherBranch(FlowchartMode mode)
    {
        var (run, afterFirst, afterBoth) = await ArriveBothAsync(ForkOfTwoEvents(joinType: "Elsa.FlowJoin", mode: "WaitAny"), mode);

        Assert.Equal((1, 1), (afterFirst, afterBoth));
        Assert.Empty(run.State.Bookmarks);
        Assert.Equal(WorkflowSubStatus.Finished, run.State.SubStatus);
    }

    [Theory]
    [InlineData(FlowchartMode.CounterBased, null, 0, 1)]
    [InlineData(FlowchartMode.CounterBased, "Merge", 0, 1)]
    [InlineData(FlowchartMode.CounterBased, "Converge", 0, 1)]
    [InlineData(FlowchartMode.CounterBased, "Race", 1, 1)]
    [InlineData(FlowchartMode.CounterBased, "Cascade", 1, 2)]
    [InlineData(FlowchartMode.TokenBased, null, 0, 1)]
    [InlineData(FlowchartMode.TokenBased, "Stream", 0, 1)]
    [InlineData(FlowchartMode.TokenBased, "Merge", 0, 1)]
    [InlineData(FlowchartMode.TokenBased, "Converge", 0, 1)]
    [InlineData(FlowchartMode.TokenBased, "Race", 1, 1)]
    [InlineData(FlowchartMode.TokenBased, "Cascade", 1, 2)]
    public async Task ImplicitJoin_MergeMode_RunsAsTheModeSays(FlowchartMode mode, string? mergeMode, int expectedAfterFirst, int expectedTotal)
    {
        var (run, afterFirst, afterBoth) = await ArriveBothAsync(ForkOfTwoEvents(mergeMode: mergeMode), mode);

        Assert.Equal((expectedAfterFirst, expectedTotal), (afterFirst, afterBoth));
        Assert.Equal(WorkflowSubStatus.Finished, run.State.SubStatus);
    }

    /// <summary>A decision's untaken branch also leads into the join: Stream and implicit joins must not wait for it; Merge/Converge do.</summary>
    [Theory]
    [InlineData(FlowchartMode.CounterBased, null, true)]
    [InlineData(FlowchartMode.CounterBased, "Merge", false)]
    [InlineData(FlowchartMode.TokenBased, null, true)]
    [InlineData(FlowchartMode.TokenBased, "Stream", true)]
    [InlineData(FlowchartMode.TokenBased, "Merge", false)]
    [InlineData(FlowchartMode.TokenBased, "Converge", false)]
    public async Task ImplicitJoin_DeadPath_RunsOnlyWhenTheModeIgnoresUntakenBranches(FlowchartMode mode, string? mergeMode, bool runs)
    {
        var flow = new FlowBuilder()
            .Add("start", "Elsa.Start")
            .WriteLine("a", "a")
            .Add("d", "Elsa.FlowDecision", new() { ["condition"] = Literal(false) })
            .WriteLine("b", "b")
            .Add("j", "Elsa.WriteLine", new() { ["text"] = Literal("joined") }, mergeMode)
            .Connect("start", "a").Connect("start", "d").Connect("d", "b", "True").Connect("a", "j").Connect("b", "j");

        var run = await EngineRun.StartAsync(flow, mode);

        Assert.Equal(runs, run.Lines.Contains("joined"));
        Assert.DoesNotContain("b", run.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, run.State.SubStatus);
    }

    [Fact]
    public async Task Flowchart_LongDeadPath_SkipsWithoutRecursion()
    {
        var flow = new FlowBuilder()
            .Add("d", "Elsa.FlowDecision", new() { ["condition"] = Literal(false) })
            .WriteLine("end", "end")
            .Connect("d", "end", "False");
        var previous = "d";
        for (var i = 0; i < 5_000; i++)
        {
            flow.WriteLine($"n{i}", "dead");
            flow.Connect(previous, $"n{i}", previous == "d" ? "True" : "Done");
            previous = $"n{i}";
        }

        flow.Connect(previous, "end");

        var run = await EngineRun.StartAsync(flow);

        Assert.Equal(["end"], run.Lines);
    }

    [Fact]
    public async Task Flowchart_LongChain_RunsWithoutDeepStacks()
    {
        var flow = new FlowBuilder();
        for (var i = 0; i < 10_000; i++)
            flow.WriteLine($"n{i}", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        for (var i = 1; i < 10_000; i++)
            flow.Connect($"n{i - 1}", $"n{i}");

        var run = await EngineRun.StartAsync(flow);

        Assert.Equal(10_000, run.Lines.Count);
        Assert.Equal("9999", run.Lines[^1]);
    }
}
