using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Tests.Support;

namespace IncidentWorkflows.Engine.Tests.Scenarios;

public sealed class SmokeTests
{
    [Fact]
    public async Task RunUntilEnd_BenchFlow_PrintsBothLinesAndFinishes()
    {
        var harness = new ScenarioHarness();
        var id = harness.Load(Path.Combine(SharedPaths.Shared, "bench", "bench-flow.json"));

        var started = await harness.Runtime.StartAsync(id);
        Assert.Equal(WorkflowSubStatus.Suspended, started.SubStatus);
        Assert.Single(started.Bookmarks);

        var done = await harness.Runtime.ResumeUntilEndAsync(started.Id);
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Equal(["started", "resumed"], harness.Lines);
    }
}
