using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace IncidentWorkflows.Engine.Tests.Scenarios.Corpus;

/// <summary>
/// The braided and blocking flowcharts checked between bursts, as expected.json's "intermediate" states say:
/// what ran before the instance suspended, which bookmarks it holds, and what each resume adds.
/// Timers are fired by advancing a fake clock, never by waiting.
/// </summary>
public sealed class CorpusIntermediateStateTests
{
    private const string Folder = "test/integration/Elsa.Workflows.IntegrationTests/Scenarios/FlowchartCompletion/Workflows/";

    [Fact]
    public async Task Start_BraidedDelayedFlow_SuspendsOnBothDelaysThenJoinsAsTheyFire()
    {
        var intermediate = Intermediate("FlowchartCompletion / workflow3 \"Braided delayed flow\"");
        var time = new FakeTimeProvider();
        var harness = new ScenarioHarness(time);
        var state = await harness.Runtime.StartAsync(harness.Load(Folder + "workflow3.json"));

        AssertFirstRun(intermediate, harness, state);
        Assert.Equal([time.GetUtcNow().AddSeconds(5), time.GetUtcNow().AddSeconds(10)], state.Bookmarks.Select(b => b.ResumeAt!.Value).Order());

        time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, await harness.Runtime.FireDueTimersAsync(time.GetUtcNow()));
        Assert.Equal(Strings(intermediate["afterResumeDelay1"]!["newLines"]), harness.Lines.Skip(6));

        time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, await harness.Runtime.FireDueTimersAsync(time.GetUtcNow()));
        Assert.Equal(Strings(intermediate["afterResumeDelay2"]!["newLines"]), harness.Lines.Skip(7));
        Assert.Equal(WorkflowSubStatus.Finished, harness.Runtime.GetState(state.Id).SubStatus);
    }

    [Fact]
    public async Task Start_BraidedConditionalDelayedFlow_SkipsTheUntakenBranch()
    {
        var intermediate = Intermediate("FlowchartCompletion / workflow4 \"Braided conditional delayed flow\"");
        var time = new FakeTimeProvider();
        var harness = new ScenarioHarness(time);
        var state = await harness.Runtime.StartAsync(harness.Load(Folder + "workflow4.json"));

        AssertFirstRun(intermediate, harness, state);

        time.Advance(TimeSpan.FromSeconds(5));
        await harness.Runtime.FireDueTimersAsync(time.GetUtcNow());
        Assert.Equal(Strings(intermediate["afterResumeDelay1"]!["newLines"]), harness.Lines.Skip(5));
        Assert.Equal(WorkflowSubStatus.Finished, harness.Runtime.GetState(state.Id).SubStatus);
    }

    [Fact]
    public async Task Start_ForkWithContainedBlockingBranch_WaitsForTheEventBeforeCompleting()
    {
        var intermediate = Intermediate("FlowchartCompletion / workflow5 \"Forking, Containment and Blocking\"");
        var harness = new ScenarioHarness();
        var state = await harness.Runtime.StartAsync(harness.Load(Folder + "workflow5.json"));

        AssertFirstRun(intermediate, harness, state);
        var bookmark = Assert.Single(state.Bookmarks);
        Assert.Equal("Event4", bookmark.Payload!["eventName"]);

        var resumed = Assert.Single(await harness.Runtime.TriggerEventAsync("Event4"));
        Assert.Equal(2, harness.Lines.Count);
        Assert.Equal(WorkflowSubStatus.Finished, resumed.SubStatus);
    }

    private static void AssertFirstRun(JsonObject intermediate, ScenarioHarness harness, WorkflowState state)
    {
        var first = (JsonObject)intermediate["afterFirstRun"]!;
        Assert.Equal((string)first["status"]!, state.Status.ToString());
        Assert.Equal((string)first["subStatus"]!, state.SubStatus.ToString());
        Assert.Equal(Strings(first["lines"]).Order(), harness.Lines.Order());
        var expectedBookmarks = ((JsonArray)first["bookmarks"]!).Select(b => ((string)b!["name"]!, (string)b["activityId"]!)).Order();
        Assert.Equal(expectedBookmarks, state.Bookmarks.Select(b => (b.Name, b.ActivityId)).Order());
    }

    private static JsonObject Intermediate(string scenario) => (JsonObject)CorpusExpectations.For(scenario)["expect"]!["intermediate"]!;

    private static List<string> Strings(JsonNode? array) => ((JsonArray)array!).Select(x => (string)x!).ToList();
}
