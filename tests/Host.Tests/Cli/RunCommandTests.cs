using IncidentWorkflows.Host.Tests.Support;

namespace IncidentWorkflows.Host.Tests.Cli;

public sealed class RunCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_BenchFlow_PrintsStartedThenSuspendedOnOneEventBookmark()
    {
        var result = await CliResult.RunAsync("run", RepositoryPaths.BenchFlow);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            ["started", "Status: Running (Suspended)", """Bookmark: Elsa.Event at activity 'ev1' {"eventName":"go"}"""],
            result.Lines);
    }

    [Fact]
    public async Task Run_BenchFlowWithEventGo_PrintsStartedResumedFinished()
    {
        var result = await CliResult.RunAsync("run", RepositoryPaths.BenchFlow, "--event", "go");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["started", "resumed", "Status: Finished (Finished)"], result.Lines);
    }

    [Fact]
    public async Task Run_EventNobodyWaitsFor_StaysSuspendedAndNotesOnStderr()
    {
        var result = await CliResult.RunAsync("run", RepositoryPaths.BenchFlow, "--event=stop");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Status: Running (Suspended)", result.Lines);
        Assert.Contains("no bookmark was waiting for event 'stop'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ParentWithChildLoadedByWith_PrintsChildOutput()
    {
        var result = await CliResult.RunAsync(
            "run",
            RepositoryPaths.IntegrationScenario("WorkflowDefinitionActivities", "parent-with-input.json"),
            "--with",
            RepositoryPaths.IntegrationScenario("WorkflowDefinitionActivities", "child-with-input.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Hello from parent!", "Status: Finished (Finished)"], result.Lines);
    }

    [Fact]
    public async Task Run_ParentWithoutItsChild_ExitsOneWithoutRunning()
    {
        var result = await CliResult.RunAsync("run", RepositoryPaths.IntegrationScenario("WorkflowDefinitionActivities", "parent-with-input.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.Contains("[unknown-activity-type] activity 'ChildActivity1'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UntilEnd_ResumesTimerBookmarkAndFinishes()
    {
        var timer = RepositoryPaths.IntegrationScenario("ImportAndPublish", "timer-workflow.json");

        var suspended = await CliResult.RunAsync("run", timer);
        var finished = await CliResult.RunAsync("run", timer, "--until-end");

        Assert.Contains(suspended.Lines, l => l.StartsWith("Bookmark: Elsa.Timer", StringComparison.Ordinal));
        Assert.Equal(0, finished.ExitCode);
        Assert.Equal(["Hello from timer", "Status: Finished (Finished)"], finished.Lines);
    }

    [Fact]
    public async Task Run_Inputs_JsonValuesParsedAndOtherTextKeptAsString()
    {
        var file = _temp.File("inputs.json", Flowchart(
            WriteLineJs("w1", "typeof getInput('count') + ':' + getInput('count')"),
            WriteLineJs("w2", "typeof getInput('name') + ':' + getInput('name')")));

        var result = await CliResult.RunAsync("run", file, "--input", "count=42", "--input", "name=Alice");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["number:42", "string:Alice", "Status: Finished (Finished)"], result.Lines);
    }

    [Fact]
    public async Task Run_FaultActivity_ExitsOneAndPrintsIncident()
    {
        var file = _temp.File("fault.json", Flowchart(
            """{ "id": "f1", "type": "Elsa.Fault", "message": { "typeName": "String", "expression": { "type": "Literal", "value": "boom" } } }"""));

        var result = await CliResult.RunAsync("run", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["Status: Finished (Faulted)", "Incident: activity 'f1' (Elsa.Fault): boom"], result.Lines);
    }

    [Fact]
    public async Task Run_InvalidJson_ExitsOneWithInvalidJsonRuleOnStderr()
    {
        var file = _temp.File("broken.json", "{{");

        var result = await CliResult.RunAsync("run", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.Contains("error [invalid-json]", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("run", "a.json", "b.json")]
    [InlineData("run", "a.json", "--input", "novalue")]
    [InlineData("run", "a.json", "--event")]
    [InlineData("run", "a.json", "--until-end=yes")]
    public async Task Run_BadCommandLine_ExitsTwoWithUsage(params string[] args)
    {
        var result = await CliResult.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage:", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    private static string WriteLineJs(string id, string script) =>
        $$"""{ "id": "{{id}}", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "JavaScript", "value": "{{script}}" } } }""";

    /// <summary>A flowchart whose activities run one after another, in the given order.</summary>
    private static string Flowchart(params string[] activities)
    {
        var ids = activities.Select(a => System.Text.Json.JsonDocument.Parse(a).RootElement.GetProperty("id").GetString()).ToList();
        var connections = ids.Zip(ids.Skip(1), (from, to) =>
            $$"""{ "source": { "activity": "{{from}}", "port": "Done" }, "target": { "activity": "{{to}}", "port": "In" } }""");
        return $$"""
            { "definitionId": "cli-test", "root": { "id": "flow1", "type": "Elsa.Flowchart",
              "activities": [{{string.Join(",", activities)}}], "connections": [{{string.Join(",", connections)}}] } }
            """;
    }
}
