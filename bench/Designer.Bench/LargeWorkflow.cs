using System.Text.Json.Nodes;

namespace IncidentWorkflows.Designer.Bench;

/// <summary>
/// A generated flowchart of N activities: a Start, then rows of decisions and write-lines in a grid, each decision
/// branching to the next two activities, so the diagram has about 1.5 connections per activity, as real processes do.
/// </summary>
internal static class LargeWorkflow
{
    public static JsonObject Create(string definitionId, int count)
    {
        var activities = new JsonArray();
        var connections = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var id = $"a{i}";
            var decision = i % 4 == 1;
            var activity = new JsonObject
            {
                ["id"] = id,
                ["type"] = i == 0 ? "Elsa.Start" : decision ? "Elsa.FlowDecision" : "Elsa.WriteLine",
                ["name"] = i == 0 ? "Start" : $"Step {i}",
                ["metadata"] = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = i % 15 * 260, ["y"] = i / 15 * 160 } } },
            };
            if (decision)
                activity["condition"] = Input("Boolean", "JavaScript", $"getVariable('n') > {i}");
            else if (i > 0)
                activity["text"] = Input("String", "Literal", $"step {i}");
            activities.Add(activity);
            if (i + 1 < count)
                connections.Add(Connect(id, decision ? "True" : "Done", $"a{i + 1}"));
            if (decision && i + 2 < count)
                connections.Add(Connect(id, "False", $"a{i + 2}"));
        }

        return new JsonObject
        {
            ["definitionId"] = definitionId,
            ["name"] = $"{count} activities",
            ["isPublished"] = false,
            ["variables"] = new JsonArray(new JsonObject { ["id"] = "n", ["name"] = "n", ["typeName"] = "Int32", ["value"] = "0" }),
            ["root"] = new JsonObject { ["id"] = "flow", ["type"] = "Elsa.Flowchart", ["activities"] = activities, ["connections"] = connections },
        };
    }

    private static JsonObject Input(string typeName, string syntax, string value) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = syntax, ["value"] = value } };

    private static JsonObject Connect(string from, string port, string to) => new()
    {
        ["source"] = new JsonObject { ["activity"] = from, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = to, ["port"] = "In" },
    };
}
