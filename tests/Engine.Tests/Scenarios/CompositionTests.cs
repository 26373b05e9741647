using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Tests.Support;
using static IncidentWorkflows.Engine.Tests.Support.FlowBuilder;

namespace IncidentWorkflows.Engine.Tests.Scenarios;

/// <summary>Composition and triggers beyond the corpus: children that wait, triggers that start instances.</summary>
public sealed class CompositionTests
{
    [Fact]
    public async Task ExecuteWorkflow_WaitingChildSuspends_ParentContinuesWhenChildFinishes()
    {
        var harness = new ScenarioHarness();
        var child = new FlowBuilder("approval").Output("Decision")
            .Add("wait", "Elsa.Event", new() { ["eventName"] = Literal("approve") })
            .Add("out", "Elsa.SetOutput", new() { ["outputName"] = Literal("Decision"), ["outputValue"] = Literal("yes") })
            .Chain("wait", "out");
        var parent = new FlowBuilder("request").Variable("Result")
            .Add("run", "Elsa.ExecuteWorkflow", new() { ["workflowDefinitionId"] = Literal("approval"), ["waitForCompletion"] = Literal(true), ["result"] = OutputTo("Result-id") })
            .Add("print", "Elsa.WriteLine", new() { ["text"] = JavaScript("'decision: ' + getResult().output.Decision") })
            .Chain("run", "print");
        harness.Runtime.Definitions.Add(child.Build());
        harness.Runtime.Definitions.Add(parent.Build());

        var started = await harness.Runtime.StartAsync("request");
        Assert.Equal(WorkflowSubStatus.Suspended, started.SubStatus);
        Assert.Equal("Elsa.ExecuteWorkflow", Assert.Single(started.Bookmarks).Name);

        await harness.Runtime.TriggerEventAsync("approve");

        Assert.Equal(["decision: yes"], harness.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, harness.Runtime.GetState(started.Id).SubStatus);
    }

    [Fact]
    public async Task Start_WithEventAsTrigger_CompletesTheTriggerAtOnce()
    {
        var harness = new ScenarioHarness();
        var flow = new FlowBuilder("on-alert")
            .Add("alert", "Elsa.Event", new() { ["eventName"] = Literal("alert") })
            .WriteLine("handle", "handling")
            .Add("again", "Elsa.Event", new() { ["eventName"] = Literal("alert") })
            .Chain("alert", "handle", "again");
        harness.Runtime.Definitions.Add(flow.Build());

        var state = await harness.Runtime.StartAsync("on-alert", new StartOptions { TriggerActivityId = "alert" });

        Assert.Equal(["handling"], harness.Lines);
        Assert.Equal("again", Assert.Single(state.Bookmarks).ActivityId);
    }

    [Fact]
    public async Task WorkflowAsActivity_ChildWaits_ParentResumesThroughTheChildBookmark()
    {
        var harness = new ScenarioHarness();
        var child = new FlowBuilder("child-step").Outcomes("Approved", "Rejected")
            .Add("wait", "Elsa.Event", new() { ["eventName"] = Literal("decide") })
            .Add("done", "Elsa.Complete", new() { ["outcomes"] = Literal("Approved") })
            .Chain("wait", "done");
        var parent = new FlowBuilder("parent")
            .Add("step", "ChildStep")
            .WriteLine("ok", "approved").WriteLine("no", "rejected")
            .Connect("step", "ok", "Approved").Connect("step", "no", "Rejected");
        harness.Runtime.Definitions.Add(child.Build("Child step"));
        harness.Runtime.Definitions.Add(parent.Build());

        var state = await harness.Runtime.StartAsync("parent");
        Assert.Equal(WorkflowSubStatus.Suspended, state.SubStatus);
        await harness.Runtime.TriggerEventAsync("decide");

        Assert.Equal(["approved"], harness.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, harness.Runtime.GetState(state.Id).SubStatus);
    }
}
