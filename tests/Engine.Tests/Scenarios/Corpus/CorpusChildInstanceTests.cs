using IncidentWorkflows.Engine.Activities.Composition;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Serialization;
using IncidentWorkflows.Engine.Tests.Support;

namespace IncidentWorkflows.Engine.Tests.Scenarios.Corpus;

/// <summary>What the corpus asserts about instances beyond lines: child stamps and state round trips.</summary>
public sealed class CorpusChildInstanceTests
{
    [Fact]
    public async Task ExecuteWorkflow_NoWait_StampsChildWithParentInstanceId()
    {
        var (harness, _, parent) = await CorpusRun.RunAsync("ExecuteWorkflow / parent-no-wait (ParentInstanceId)");

        var child = Assert.Single(harness.Runtime.Instances, s => s.DefinitionId == "child-workflow");
        Assert.Equal(parent.Id, (string?)child.Properties[ExecuteWorkflow.ParentInstanceIdKey]);
        Assert.Equal(WorkflowSubStatus.Finished, child.SubStatus);
    }

    [Fact]
    public async Task ExecuteWorkflow_WithCorrelation_SetsChildCorrelationId()
    {
        var (harness, _, _) = await CorpusRun.RunAsync("ExecuteWorkflow / parent-with-correlation");

        var child = Assert.Single(harness.Runtime.Instances, s => s.DefinitionId == "child-workflow");
        Assert.Equal("test-correlation-123", child.CorrelationId);
    }

    [Fact]
    public async Task ExecuteWorkflow_CaptureOutput_ResultNamesTheChildInstance()
    {
        var (harness, _, parent) = await CorpusRun.RunAsync("ExecuteWorkflow / parent-capture-output");

        var child = Assert.Single(harness.Runtime.Instances, s => s.DefinitionId != parent.DefinitionId);
        Assert.Equal(child.Id, (string?)parent.Variables["ChildResult"]!["workflowInstanceId"]);
    }

    [Fact]
    public async Task Serialize_StateWithReservedJsonKeys_RoundTripsUnchanged()
    {
        var (_, _, state) = await CorpusRun.RunAsync("JsonObjectSerialization / instance-serialization");

        var json = WorkflowStateSerializer.Serialize(state);
        var again = WorkflowStateSerializer.Deserialize(json);

        Assert.Equal(json, WorkflowStateSerializer.Serialize(again));
        Assert.Equal("#/definitions/inform-front-office-input-afd", (string?)again.Variables["Variable1"]!["inputSchema"]!["$id"]);
    }
}
