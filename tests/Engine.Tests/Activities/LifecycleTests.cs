using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Tests.Support;
using static IncidentWorkflows.Engine.Tests.Support.FlowBuilder;

namespace IncidentWorkflows.Engine.Tests.Activities;

public sealed class LifecycleTests
{
    [Fact]
    public async Task Retry_FaultedScript_RerunsFromTheFaultedActivityOnly()
    {
        var flow = new FlowBuilder().Variable("Ok", "Boolean", false)
            .WriteLine("before", "before")
            .Add("check", "Elsa.RunJavaScript", new() { ["script"] = Literal("if (!getOk()) { throw new Error('not yet'); } return 1;") })
            .WriteLine("after", "after")
            .Chain("before", "check", "after");
        var run = await EngineRun.StartAsync(flow);
        Assert.Equal(WorkflowSubStatus.Faulted, run.State.SubStatus);
        Assert.Contains("not yet", Assert.Single(run.State.Incidents).Message, StringComparison.Ordinal);

        // Fix the cause (as an operator would), then retry.
        var state = run.State;
        state.Variables["Ok"] = true;
        var compiled = WorkflowCompiler.CreateDefault().Compile(flow.Build());
        var retried = await new WorkflowRunner(TimeProvider.System).RetryAsync(compiled, state, new RunOptions { Out = new LineCapture() });

        Assert.Equal(WorkflowSubStatus.Finished, retried.SubStatus);
        Assert.Equal(["before"], run.Lines);
        Assert.Equal(["after"], ((LineCapture)retried.Context.Out).Lines);
    }

    [Fact]
    public async Task Retry_NotFaulted_Throws()
    {
        var run = await EngineRun.StartAsync(new FlowBuilder().Add("e", "Elsa.Event", new() { ["eventName"] = Literal("x") }));

        await Assert.ThrowsAsync<WorkflowStateException>(run.RetryAsync);
    }

    [Fact]
    public async Task Cancel_SuspendedInstance_RemovesBookmarksAndFinishesCancelled()
    {
        var flow = new FlowBuilder().Add("e", "Elsa.Event", new() { ["eventName"] = Literal("x") });
        var run = await EngineRun.StartAsync(flow);

        var result = new WorkflowRunner(TimeProvider.System).Cancel(WorkflowCompiler.CreateDefault().Compile(flow.Build()), run.State);

        Assert.Equal((WorkflowStatus.Finished, WorkflowSubStatus.Cancelled), (result.Status, result.SubStatus));
        Assert.Empty(result.Bookmarks);
        Assert.Single(result.RemovedBookmarks);
    }
}
