using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Tests.Support;

namespace IncidentWorkflows.Engine.Tests.Scenarios.Corpus;

/// <summary>Loads a corpus scenario's folder into a harness and runs its workflow until end.</summary>
internal static class CorpusRun
{
    public static async Task<(ScenarioHarness Harness, JsonObject Expected, WorkflowState State)> RunAsync(string scenario, IReadOnlyDictionary<string, object?>? input = null)
    {
        var expected = CorpusExpectations.For(scenario);
        var mode = ((string?)expected["flowchartMode"])?.StartsWith("token", StringComparison.Ordinal) == true
            ? FlowchartMode.TokenBased
            : FlowchartMode.CounterBased;
        var harness = new ScenarioHarness(mode: mode);
        var file = SharedPaths.CorpusFile((string)expected["file"]!);

        // Elsa's tests import the whole folder, so workflows used as activities resolve.
        foreach (var sibling in Directory.GetFiles(Path.GetDirectoryName(file)!, "*.json").Where(f => f != file).Order())
            harness.Load(sibling);
        var definitionId = harness.Load(file);

        var state = await harness.Runtime.RunUntilEndAsync(definitionId, new StartOptions { Input = input });
        return (harness, expected, state);
    }
}
