using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Model;
using IncidentWorkflows.Engine.Serialization;

namespace IncidentWorkflows.Engine.Tests.Support;

/// <summary>Writes small Elsa-format flowchart definitions for unit tests, in the same JSON a designer would save.</summary>
public sealed class FlowBuilder(string definitionId = "test-flow")
{
    private readonly JsonArray _activities = [];
    private readonly JsonArray _connections = [];
    private readonly JsonArray _variables = [];
    private readonly JsonArray _inputs = [];
    private readonly JsonArray _outputs = [];
    private JsonArray _outcomes = [];

    public static JsonObject Literal(object? value) => Expression("Literal", JsonValue.Create(value));

    public static JsonObject JavaScript(string code) => Expression("JavaScript", code);

    public static JsonObject Liquid(string template) => Expression("Liquid", template);

    public static JsonObject Expression(string type, JsonNode? value) =>
        new() { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = type, ["value"] = value } };

    public static JsonObject OutputTo(string target) =>
        new() { ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = target } };

    /// <summary>Adds an activity with the given properties (inputs, body, ...), returning the builder.</summary>
    public FlowBuilder Add(string id, string type, Dictionary<string, JsonNode?>? properties = null, string? mergeMode = null)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type, ["version"] = 1 };
        foreach (var (key, value) in properties ?? [])
            activity[key] = value;
        if (mergeMode is not null)
            activity["customProperties"] = new JsonObject { ["mergeMode"] = mergeMode };
        _activities.Add(activity);
        return this;
    }

    public FlowBuilder WriteLine(string id, string text) => Add(id, "Elsa.WriteLine", new() { ["text"] = Literal(text) });

    public FlowBuilder Connect(string source, string target, string port = "Done")
    {
        _connections.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
            ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
        });
        return this;
    }

    public FlowBuilder Chain(params string[] ids)
    {
        for (var i = 1; i < ids.Length; i++)
            Connect(ids[i - 1], ids[i]);
        return this;
    }

    public FlowBuilder Variable(string name, string typeName = "Object", JsonNode? value = null)
    {
        _variables.Add(new JsonObject { ["id"] = name + "-id", ["name"] = name, ["typeName"] = typeName, ["value"] = value });
        return this;
    }

    public FlowBuilder Input(string name, string type = "String")
    {
        _inputs.Add(new JsonObject { ["name"] = name, ["type"] = type });
        return this;
    }

    public FlowBuilder Output(string name, string type = "Object")
    {
        _outputs.Add(new JsonObject { ["name"] = name, ["type"] = type });
        return this;
    }

    public FlowBuilder Outcomes(params string[] outcomes)
    {
        _outcomes = new JsonArray(outcomes.Select(o => (JsonNode?)JsonValue.Create(o)).ToArray());
        return this;
    }

    /// <summary>The flowchart alone, for use as a nested body.</summary>
    public JsonObject Flowchart(string id = "flow") => new()
    {
        ["id"] = id,
        ["type"] = "Elsa.Flowchart",
        ["version"] = 1,
        ["activities"] = _activities.DeepClone(),
        ["connections"] = _connections.DeepClone(),
    };

    public string Json(string? name = null) => new JsonObject
    {
        ["id"] = definitionId + "-v1",
        ["definitionId"] = definitionId,
        ["name"] = name ?? definitionId,
        ["version"] = 1,
        ["isLatest"] = true,
        ["isPublished"] = true,
        ["variables"] = _variables.DeepClone(),
        ["inputs"] = _inputs.DeepClone(),
        ["outputs"] = _outputs.DeepClone(),
        ["outcomes"] = _outcomes.DeepClone(),
        ["root"] = Flowchart(),
    }.ToJsonString();

    public WorkflowDefinition Build(string? name = null) => WorkflowJsonReader.Parse(Json(name));
}
