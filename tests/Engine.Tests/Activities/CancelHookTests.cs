using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Descriptors;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Expressions;
using IncidentWorkflows.Engine.Tests.Support;
using static IncidentWorkflows.Engine.Tests.Support.FlowBuilder;

namespace IncidentWorkflows.Engine.Tests.Activities;

public sealed class CancelHookTests
{
    [Fact]
    public async Task OnCanceled_InstanceCancelled_CalledOnceForTheWaitingActivity()
    {
        var log = new List<string>();
        var (compiled, runner) = Compile(new FlowBuilder().Add("wait", "Test.RecordsCancel"));
        var started = await runner.StartAsync(compiled, options: Options(log));

        var cancelled = runner.Cancel(compiled, started.ToState(), Options(log));

        Assert.Equal(WorkflowSubStatus.Cancelled, cancelled.SubStatus);
        Assert.Equal(["canceled wait"], log);
    }

    [Fact]
    public async Task OnCanceled_RaceLostToAnotherBranch_CalledForTheLoser()
    {
        // Two branches meeting in a join that waits for any: when the event arrives, the still-waiting branch is cancelled.
        var log = new List<string>();
        var flow = new FlowBuilder()
            .Add("start", "Elsa.Start")
            .Add("wait", "Test.RecordsCancel")
            .Add("event", "Elsa.Event", new() { ["eventName"] = Literal("go") })
            .Add("join", "Elsa.FlowJoin", new() { ["mode"] = Literal("WaitAny") })
            .Connect("start", "wait").Connect("start", "event")
            .Connect("wait", "join").Connect("event", "join");
        var (compiled, runner) = Compile(flow);
        var started = await runner.StartAsync(compiled, options: Options(log));
        Assert.Empty(log);

        var eventBookmark = started.Bookmarks.Single(b => b.Name == "Elsa.Event");
        var resumed = await runner.ResumeAsync(compiled, started.ToState(), eventBookmark.Id, options: Options(log));

        Assert.Equal(WorkflowSubStatus.Finished, resumed.SubStatus);
        Assert.Equal(["canceled wait"], log);
    }

    [Fact]
    public async Task OnCanceled_ActivityResumedNormally_NotCalled()
    {
        var log = new List<string>();
        var (compiled, runner) = Compile(new FlowBuilder().Add("wait", "Test.RecordsCancel"));
        var started = await runner.StartAsync(compiled, options: Options(log));

        var resumed = await runner.ResumeAsync(compiled, started.ToState(), started.Bookmarks.Single().Id, options: Options(log));

        Assert.Equal(WorkflowSubStatus.Finished, resumed.SubStatus);
        Assert.Empty(log);
    }

    private static RunOptions Options(List<string> log) => new() { Services = new Provider(log) };

    private static (CompiledWorkflow, WorkflowRunner) Compile(FlowBuilder flow)
    {
        var registry = ActivityRegistry.CreateDefault();
        registry.Register<RecordsCancel>();
        var compiler = new WorkflowCompiler(registry, ExpressionRegistry.CreateDefault());
        return (compiler.Compile(flow.Build()), new WorkflowRunner(TimeProvider.System));
    }

    [Activity("Test.RecordsCancel", "Test", "Waits on a bookmark and writes to a list when it is cancelled.", Kind = ActivityKind.Blocking)]
    private sealed class RecordsCancel : Activity
    {
        protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
        {
            context.CreateBookmark("Test.Wait");
            return default;
        }

        protected internal override void OnCanceled(ActivityExecutionContext context) =>
            context.GetRequiredService<List<string>>().Add($"canceled {context.Activity.Id}");
    }

    private sealed class Provider(List<string> log) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(List<string>) ? log : null;
    }
}
