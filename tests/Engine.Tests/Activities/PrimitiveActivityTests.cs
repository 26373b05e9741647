using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Tests.Support;
using static IncidentWorkflows.Engine.Tests.Support.FlowBuilder;

namespace IncidentWorkflows.Engine.Tests.Activities;

public sealed class PrimitiveActivityTests
{
    [Fact]
    public async Task WriteLine_NullText_WritesEmptyLine()
    {
        var run = await EngineRun.StartAsync(new FlowBuilder().Add("w", "Elsa.WriteLine", new() { ["text"] = null }));

        Assert.Equal([""], run.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, run.State.SubStatus);
    }

    [Fact]
    public async Task SetVariable_Int32Variable_ConvertsValueToNumber()
    {
        var flow = new FlowBuilder()
            .Variable("Count", "Int32", 1)
            .Add("set", "Elsa.SetVariable", new() { ["variable"] = new JsonObject { ["id"] = "Count-id", ["name"] = "Count", ["typeName"] = "Int32" }, ["value"] = Literal("41") })
            .Add("add", "Elsa.SetVariable", new() { ["variable"] = new JsonObject { ["name"] = "Count" }, ["value"] = JavaScript("getCount() + 1") })
            .Chain("set", "add");

        var run = await EngineRun.StartAsync(flow);

        Assert.Equal(42L, run.Last.Variables["Count"]);
    }

    [Fact]
    public async Task SetOutput_TopLevel_SetsWorkflowOutput()
    {
        var flow = new FlowBuilder().Output("Answer")
            .Add("out", "Elsa.SetOutput", new() { ["outputName"] = Literal("Answer"), ["outputValue"] = JavaScript("6 * 7") });

        var run = await EngineRun.StartAsync(flow);

        Assert.Equal(42L, run.State.Output["Answer"]!.GetValue<long>());
    }

    [Fact]
    public async Task SetNameAndCorrelate_Values_ChangeInstanceNameAndCorrelationId()
    {
        var flow = new FlowBuilder()
            .Add("name", "Elsa.SetName", new() { ["value"] = Literal("Ticket 42") })
            .Add("corr", "Elsa.Correlate", new() { ["correlationId"] = Literal("INC-42") })
            .Chain("name", "corr");

        var run = await EngineRun.StartAsync(flow);

        Assert.Equal("Ticket 42", run.State.Name);
        Assert.Equal("INC-42", run.State.CorrelationId);
    }

    [Fact]
    public async Task Fault_WithCodeAndCategory_FinishesFaultedWithIncident()
    {
        var flow = new FlowBuilder()
            .Add("boom", "Elsa.Fault", new() { ["message"] = Literal("disk full"), ["code"] = Literal("E42"), ["category"] = Literal("storage") })
            .WriteLine("after", "never")
            .Chain("boom", "after");

        var run = await EngineRun.StartAsync(flow);

        var state = run.State;
        Assert.Equal(WorkflowStatus.Finished, state.Status);
        Assert.Equal(WorkflowSubStatus.Faulted, state.SubStatus);
        var incident = Assert.Single(state.Incidents);
        Assert.Equal(("boom", "disk full", "E42", "storage"), (incident.ActivityId, incident.Message, incident.Code, incident.Category));
        Assert.Empty(run.Lines);
    }

    [Fact]
    public async Task RunJavaScript_ResultMappedToVariable_StoresResult()
    {
        var flow = new FlowBuilder().Variable("Sum")
            .Add("js", "Elsa.RunJavaScript", new() { ["script"] = Literal("return 2 + 3;"), ["result"] = OutputTo("Sum-id") })
            .Add("print", "Elsa.WriteLine", new() { ["text"] = JavaScript("`sum=${getSum()}`") })
            .Chain("js", "print");

        var run = await EngineRun.StartAsync(flow);

        Assert.Equal(["sum=5"], run.Lines);
    }

    [Fact]
    public async Task End_InForkedFlowchart_CompletesFlowchartAndDropsWaitingBranch()
    {
        var flow = new FlowBuilder()
            .Add("start", "Elsa.Start")
            .Add("wait", "Elsa.Event", new() { ["eventName"] = Literal("never") })
            .Add("end", "Elsa.End")
            .Connect("start", "wait").Connect("start", "end");

        var run = await EngineRun.StartAsync(flow);

        Assert.Equal(WorkflowSubStatus.Finished, run.State.SubStatus);
        Assert.Empty(run.State.Bookmarks);
    }

    [Fact]
    public async Task Finish_WhileOtherBranchWaits_FinishesInstance()
    {
        var flow = new FlowBuilder()
            .Add("start", "Elsa.Start")
            .Add("wait", "Elsa.Event", new() { ["eventName"] = Literal("never") })
            .WriteLine("a", "A")
            .Add("finish", "Elsa.Finish")
            .Connect("start", "wait").Connect("start", "a").Connect("a", "finish");

        var run = await EngineRun.StartAsync(flow);

        Assert.Equal((WorkflowStatus.Finished, WorkflowSubStatus.Finished), (run.State.Status, run.State.SubStatus));
        Assert.Empty(run.State.Bookmarks);
    }

    [Fact]
    public async Task Complete_TopLevel_FinishesInstance()
    {
        var flow = new FlowBuilder()
            .Add("start", "Elsa.Start")
            .Add("wait", "Elsa.Event", new() { ["eventName"] = Literal("never") })
            .Add("done", "Elsa.Complete", new() { ["outcomes"] = Literal("Success") })
            .Connect("start", "wait").Connect("start", "done");

        var run = await EngineRun.StartAsync(flow);

        Assert.Equal(WorkflowSubStatus.Finished, run.State.SubStatus);
        Assert.Empty(run.State.Bookmarks);
    }

    [Fact]
    public async Task Execute_UnknownActivityType_FaultsNamingTheType()
    {
        var definition = new FlowBuilder().Add("x", "Acme.DoesNotExist").Build();
        var compiled = Compilation.WorkflowCompiler.CreateDefault().Compile(definition);

        var result = await new WorkflowRunner(TimeProvider.System).StartAsync(compiled);

        Assert.Equal(WorkflowSubStatus.Faulted, result.SubStatus);
        Assert.Contains("Acme.DoesNotExist", Assert.Single(result.Incidents).Message, StringComparison.Ordinal);
    }
}
