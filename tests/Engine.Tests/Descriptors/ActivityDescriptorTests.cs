using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Descriptors;

namespace IncidentWorkflows.Engine.Tests.Descriptors;

public sealed class ActivityDescriptorTests
{
    /// <summary>The built-ins of architecture.md §3 that live in the engine (HTTP and RunTask belong to the host).</summary>
    public static TheoryData<string> BuiltIns =>
    [
        "Elsa.Start", "Elsa.End", "Elsa.Complete", "Elsa.Finish", "Elsa.WriteLine", "Elsa.SetVariable", "Elsa.SetOutput",
        "Elsa.SetName", "Elsa.Correlate", "Elsa.FlowDecision", "Elsa.FlowSwitch", "Elsa.FlowFork", "Elsa.FlowJoin",
        "Elsa.FlowNode", "Elsa.Flowchart", "Elsa.Sequence", "Elsa.Event", "Elsa.Delay", "Elsa.Timer", "Elsa.Cron",
        "Elsa.StartAt", "Elsa.Fault", "Elsa.RunJavaScript", "Elsa.ParallelForEach", "Elsa.ForEach", "Elsa.ExecuteWorkflow",
    ];

    private static readonly Dictionary<string, ActivityDescriptor> ByType =
        ActivityRegistry.CreateDefault().Descriptors.ToDictionary(d => d.TypeName, StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void Descriptors_BuiltIn_IsDescribedCompletely(string typeName)
    {
        Assert.True(ByType.TryGetValue(typeName, out var descriptor), $"{typeName} has no descriptor");
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Category));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.DisplayName));
        Assert.True(Enum.TryParse<ActivityKind>(descriptor.Kind, out _), $"kind '{descriptor.Kind}'");
        Assert.NotNull(descriptor.Outcomes);
        Assert.All(descriptor.Inputs, input =>
        {
            Assert.False(string.IsNullOrWhiteSpace(input.Name));
            Assert.False(string.IsNullOrWhiteSpace(input.Type));
            Assert.False(string.IsNullOrWhiteSpace(input.UIHint));
        });
    }

    [Theory]
    [InlineData("Elsa.Event", "Trigger", "eventName", "String")]
    [InlineData("Elsa.Delay", "Blocking", "timeSpan", "TimeSpan")]
    [InlineData("Elsa.Cron", "Trigger", "cronExpression", "String")]
    [InlineData("Elsa.SetOutput", "Action", "outputName", "String")]
    [InlineData("Elsa.FlowDecision", "Action", "condition", "Boolean")]
    public void Descriptors_RequiredInput_IsMarkedWithKindAndType(string typeName, string kind, string input, string type)
    {
        var descriptor = ByType[typeName];

        Assert.Equal(kind, descriptor.Kind);
        var declared = Assert.Single(descriptor.Inputs, i => i.Name == input);
        Assert.True(declared.IsRequired);
        Assert.Equal(type, declared.Type);
    }

    [Fact]
    public void Descriptors_Outcomes_FollowElsa()
    {
        Assert.Equal(["True", "False"], ByType["Elsa.FlowDecision"].Outcomes);
        Assert.Equal(["Done"], ByType["Elsa.WriteLine"].Outcomes);
        Assert.Empty(ByType["Elsa.End"].Outcomes);
        Assert.Equal(["WaitAny", "WaitAll"], Assert.Single(ByType["Elsa.FlowJoin"].Inputs, i => i.Name == "mode").Options);
    }

    [Fact]
    public void Descriptors_SerializeToPlainCamelCaseJson()
    {
        var json = JsonSerializer.Serialize(ActivityRegistry.CreateDefault().Descriptors, new JsonSerializerOptions(JsonSerializerDefaults.Web));

        var items = Assert.IsType<JsonArray>(JsonNode.Parse(json));
        var decision = items.OfType<JsonObject>().Single(d => (string?)d["typeName"] == "Elsa.FlowDecision");
        Assert.Equal("Branching", (string?)decision["category"]);
        Assert.Equal("Action", (string?)decision["kind"]);
        Assert.Equal("True", (string?)decision["outcomes"]![0]);
        var condition = decision["inputs"]!.AsArray().OfType<JsonObject>().Single(i => (string?)i["name"] == "condition");
        Assert.Equal("Boolean", (string?)condition["type"]);
        Assert.NotNull((string?)condition["uiHint"]);
        Assert.True((bool?)condition["isRequired"]);
    }
}
