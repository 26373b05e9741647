using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Descriptors;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Expressions;
using IncidentWorkflows.Engine.Runtime;
using IncidentWorkflows.Engine.Serialization;

namespace IncidentWorkflows.Host.Tests.Docs;

public sealed class ReadmeActivityTests
{
    private const string Workflow = """
        { "definitionId": "classify", "root": { "id": "flow1", "type": "Elsa.Flowchart",
          "activities": [
            { "id": "c1", "type": "Incidents.ClassifySeverity",
              "impact": { "typeName": "Int32", "expression": { "type": "Literal", "value": 1 } },
              "urgency": { "typeName": "Int32", "expression": { "type": "Literal", "value": 2 } } },
            { "id": "major", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "major" } } },
            { "id": "minor", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "minor" } } }
          ],
          "connections": [
            { "source": { "activity": "c1", "port": "Major" }, "target": { "activity": "major", "port": "In" } },
            { "source": { "activity": "c1", "port": "Minor" }, "target": { "activity": "minor", "port": "In" } }
          ] } }
        """;

    [Fact]
    public void RegisterAssembly_ReadmeExample_DescribesInputsOutputsAndOutcomes()
    {
        var registry = ActivityRegistry.CreateDefault();

        registry.RegisterAssembly(typeof(ClassifySeverity).Assembly);

        var descriptor = registry.Find("Incidents.ClassifySeverity");
        Assert.NotNull(descriptor);
        Assert.Equal(["impact", "urgency"], descriptor.Inputs.Select(i => i.Name));
        Assert.All(descriptor.Inputs, i => Assert.True(i.IsRequired));
        Assert.Equal("severity", Assert.Single(descriptor.Outputs).Name);
        Assert.Equal(["Major", "Minor"], descriptor.Outcomes);
    }

    [Fact]
    public async Task Run_ReadmeExampleInFlowchart_TakesOutcomePort()
    {
        var registry = ActivityRegistry.CreateDefault();
        registry.RegisterAssembly(typeof(ClassifySeverity).Assembly);
        var definitions = new InMemoryDefinitionStore();
        definitions.Add(WorkflowJsonReader.Parse(Workflow));
        using var output = new StringWriter { NewLine = "\n" };
        var runtime = new InMemoryWorkflowRuntime(TimeProvider.System, output, new WorkflowCompiler(registry, ExpressionRegistry.CreateDefault(), definitions), definitions);

        var state = await runtime.StartAsync("classify");

        Assert.Equal(WorkflowSubStatus.Finished, state.SubStatus);
        Assert.Equal("major\n", output.ToString());
    }
}
