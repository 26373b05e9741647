using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Tests.Support;
using static IncidentWorkflows.Engine.Tests.Support.FlowBuilder;

namespace IncidentWorkflows.Engine.Tests.Activities;

public sealed class BranchingActivityTests
{
    [Theory]
    [InlineData("1 < 2", "yes")]
    [InlineData("1 > 2", "no")]
    public async Task FlowDecision_Condition_FollowsTrueOrFalse(string condition, string expected)
    {
        var flow = new FlowBuilder()
            .Add("d", "Elsa.FlowDecision", new() { ["condition"] = JavaScript(condition) })
            .WriteLine("yes", "yes").WriteLine("no", "no")
            .Connect("d", "yes", "True").Connect("d", "no", "False");

        var run = await EngineRun.StartAsync(flow);

        Assert.Equal([expected], run.Lines);
    }

    [Theory]
    [InlineData("MatchFirst", 5, new[] { "big" })]
    [InlineData("MatchAny", 5, new[] { "big", "odd" })]
    [InlineData("MatchFirst", 2, new[] { "default" })]
    public async Task FlowSwitch_Cases_FollowMatchingLabelsOrDefault(string mode, int value, string[] expected)
    {
        var cases = new JsonArray(
            new JsonObject { ["label"] = "Big", ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "getN() > 3" } },
            new JsonObject { ["label"] = "Odd", ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "getN() % 2 == 1" } });
        var flow = new FlowBuilder().Variable("N", "Int32", value)
            .Add("s", "Elsa.FlowSwitch", new() { ["cases"] = cases, ["mode"] = Literal(mode) })
            .WriteLine("big", "big").WriteLine("odd", "odd").WriteLine("default", "default")
            .Connect("s", "big", "Big").Connect("s", "odd", "Odd").Connect("s", "default", "Default");

        var run = await EngineRun.StartAsync(flow);

        Assert.Equal(expected, run.Lines);
    }

    [Fact]
    public async Task FlowFork_Branches_FollowsEveryBranchInOrder()
    {
        var flow = new FlowBuilder()
            .Add("f", "Elsa.FlowFork", new() { ["branches"] = Expression("Object", "[\"A\",\"B\"]") })
            .WriteLine("a", "a").WriteLine("b", "b")
            .Connect("f", "a", "A").Connect("f", "b", "B");

        var run = await EngineRun.StartAsync(flow);

        Assert.Equal(["a", "b"], run.Lines);
    }
}
