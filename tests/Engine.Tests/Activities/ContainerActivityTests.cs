using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Serialization;
using IncidentWorkflows.Engine.Tests.Support;
using static IncidentWorkflows.Engine.Tests.Support.FlowBuilder;

namespace IncidentWorkflows.Engine.Tests.Activities;

public sealed class ContainerActivityTests
{
    [Fact]
    public async Task Sequence_AsRoot_RunsActivitiesInOrderAcrossABookmark()
    {
        var definition = WorkflowJsonReader.Parse("""
            { "definitionId": "seq", "root": { "id": "s", "type": "Elsa.Sequence", "activities": [
              { "id": "a", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "one" } } },
              { "id": "e", "type": "Elsa.Event", "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "go" } } },
              { "id": "b", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "two" } } } ] } }
            """);

        var run = await EngineRun.StartAsync(definition);
        Assert.Equal(["one"], run.Lines);
        await run.ResumeAsync(b => b.Name == "Elsa.Event");

        Assert.Equal(["one", "two"], run.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, run.State.SubStatus);
    }

    [Fact]
    public async Task ForEach_Items_RunsBodyOncePerItemInOrder()
    {
        var body = new FlowBuilder().Add("w", "Elsa.WriteLine", new() { ["text"] = JavaScript("`${getCurrentIndex()}:${getCurrentValue()}`") }).Flowchart("body");
        var flow = new FlowBuilder().Add("loop", "Elsa.ForEach", new() { ["items"] = JavaScript("['x', 'y', 'z']"), ["body"] = body });

        var run = await EngineRun.StartAsync(flow);

        Assert.Equal(["0:x", "1:y", "2:z"], run.Lines);
    }

    [Fact]
    public async Task ForEach_BodyWaits_ContinuesWithNextItemAfterResume()
    {
        var body = new FlowBuilder()
            .Add("w", "Elsa.WriteLine", new() { ["text"] = JavaScript("getCurrentValue()") })
            .Add("e", "Elsa.Event", new() { ["eventName"] = Literal("next") })
            .Chain("w", "e").Flowchart("body");
        var flow = new FlowBuilder().Add("loop", "Elsa.ForEach", new() { ["items"] = Expression("Object", "[\"a\",\"b\"]"), ["body"] = body });

        var run = await EngineRun.StartAsync(flow);
        Assert.Equal(["a"], run.Lines);
        await run.ResumeAsync(b => b.Name == "Elsa.Event");
        Assert.Equal(["a", "b"], run.Lines);
        await run.ResumeAsync(b => b.Name == "Elsa.Event");

        Assert.Equal(WorkflowSubStatus.Finished, run.State.SubStatus);
    }

    [Fact]
    public async Task ParallelForEach_BodiesWait_CompletesAfterTheLastIteration()
    {
        var body = new FlowBuilder().Add("e", "Elsa.Event", new() { ["eventName"] = JavaScript("'item-' + getCurrentValue()") }).Flowchart("body");
        var flow = new FlowBuilder()
            .Add("loop", "Elsa.ParallelForEach", new() { ["items"] = JavaScript("[1, 2]"), ["body"] = body })
            .WriteLine("done", "done")
            .Chain("loop", "done");

        var run = await EngineRun.StartAsync(flow);
        Assert.Equal(2, run.State.Bookmarks.Count);
        await run.ResumeAsync(b => b.Payload!["eventName"] == "item-2");
        Assert.Empty(run.Lines);
        await run.ResumeAsync(b => b.Payload!["eventName"] == "item-1");

        Assert.Equal(["done"], run.Lines);
    }

    [Fact]
    public async Task FlowNode_NestedFlowchart_CompletesWhenBodyCompletes()
    {
        var body = new FlowBuilder().WriteLine("inner", "inner").Flowchart("nested");
        var flow = new FlowBuilder()
            .Add("node", "Elsa.FlowNode", new() { ["body"] = body })
            .WriteLine("after", "after")
            .Chain("node", "after");

        var run = await EngineRun.StartAsync(flow);

        Assert.Equal(["inner", "after"], run.Lines);
    }

    [Fact]
    public async Task Flowchart_LocalVariablesInIteration_DoNotLeakToWorkflow()
    {
        var body = new FlowBuilder().WriteLine("w", "x").Flowchart("body");
        var flow = new FlowBuilder().Add("loop", "Elsa.ForEach", new() { ["items"] = JavaScript("[1]"), ["body"] = body });

        var run = await EngineRun.StartAsync(flow);

        Assert.False(run.State.Variables.ContainsKey("CurrentValue"));
        Assert.Equal(JsonValue.Create(1L)!.ToJsonString(), run.State.ActivityOutputs["loop"]["CurrentValue"]!.ToJsonString());
    }
}
