using System.Text.Json.Nodes;

namespace IncidentWorkflows.Engine.Tests.Support;

/// <summary>Reads the corpus oracle: what Elsa's own tests assert for each corpus workflow (shared/elsa-corpus/expected.json).</summary>
public static class CorpusExpectations
{
    private static readonly Lazy<JsonArray> All = new(() =>
        (JsonArray)JsonNode.Parse(File.ReadAllText(SharedPaths.CorpusFile("expected.json")))!);

    public static JsonObject For(string scenario) =>
        All.Value.OfType<JsonObject>().FirstOrDefault(e => (string?)e["scenario"] == scenario)
        ?? throw new KeyNotFoundException($"No corpus expectation named '{scenario}'.");

    public static IEnumerable<string> ScenarioNames => All.Value.OfType<JsonObject>().Select(e => (string)e["scenario"]!);
}
