using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Model;

namespace IncidentWorkflows.Engine.Serialization;

/// <summary>Writes the model back as Elsa 3 JSON, connections always in the current <c>{source:{activity,port}}</c> form.</summary>
public static class WorkflowJsonWriter
{
    public const string SchemaUrl = "https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Serialize(WorkflowDefinition definition, bool includeSchema = false) =>
        Write(definition, includeSchema).ToJsonString(Indented);

    public static JsonObject Write(WorkflowDefinition definition, bool includeSchema = false)
    {
        var obj = new JsonObject();
        if (includeSchema && !definition.Extra.ContainsKey("$schema"))
            obj["$schema"] = SchemaUrl;
        obj["id"] = definition.Id;
        obj["definitionId"] = definition.DefinitionId;
        obj["name"] = definition.Name;
        if (definition.Description is not null)
            obj["description"] = definition.Description;
        obj["version"] = definition.Version;
        obj["isLatest"] = definition.IsLatest;
        obj["isPublished"] = definition.IsPublished;
        obj["variables"] = new JsonArray(definition.Variables.Select(WriteVariable).ToArray<JsonNode?>());
        obj["inputs"] = new JsonArray(definition.Inputs.Select(WriteIo).ToArray<JsonNode?>());
        obj["outputs"] = new JsonArray(definition.Outputs.Select(WriteIo).ToArray<JsonNode?>());
        obj["outcomes"] = new JsonArray(definition.Outcomes.Select(o => (JsonNode?)JsonValue.Create(o)).ToArray());
        obj["options"] = definition.Options.DeepClone();
        obj["customProperties"] = definition.CustomProperties.DeepClone();
        foreach (var (key, value) in definition.Extra)
            obj[key] = value?.DeepClone();
        obj["root"] = definition.Root is null ? null : WriteActivity(definition.Root);
        return obj;
    }

    public static JsonObject WriteActivity(ActivityNode node)
    {
        var obj = new JsonObject
        {
            ["id"] = node.Id,
            ["type"] = node.Type,
            ["version"] = node.Version,
        };
        if (node.Name is not null)
            obj["name"] = node.Name;
        foreach (var (key, value) in node.Properties)
            obj[key] = value?.DeepClone();
        foreach (var (key, slot) in node.Slots)
            obj[key] = WriteActivity(slot);
        if (node.Activities is not null)
            obj["activities"] = new JsonArray(node.Activities.Select(a => (JsonNode?)WriteActivity(a)).ToArray());
        if (node.Connections is not null)
            obj["connections"] = new JsonArray(node.Connections.Select(c => (JsonNode?)WriteConnection(c)).ToArray());
        obj["customProperties"] = node.CustomProperties.DeepClone();
        obj["metadata"] = node.Metadata.DeepClone();
        return obj;
    }

    private static JsonObject WriteConnection(Connection connection)
    {
        var obj = new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = connection.Source.Activity, ["port"] = connection.Source.Port },
            ["target"] = new JsonObject { ["activity"] = connection.Target.Activity, ["port"] = connection.Target.Port },
        };
        foreach (var (key, value) in connection.Extra)
            obj[key] = value?.DeepClone();
        return obj;
    }

    private static JsonObject WriteVariable(VariableDefinition variable)
    {
        var obj = new JsonObject
        {
            ["id"] = variable.Id,
            ["name"] = variable.Name,
            ["typeName"] = variable.TypeName,
            ["isArray"] = variable.IsArray,
        };
        if (variable.Value is not null)
            obj["value"] = variable.Value.DeepClone();
        foreach (var (key, value) in variable.Extra)
            obj[key] = value?.DeepClone();
        return obj;
    }

    private static JsonObject WriteIo(IoDefinition io)
    {
        var obj = new JsonObject { ["name"] = io.Name, ["type"] = io.TypeName };
        if (io.DefaultValue is not null)
            obj["defaultValue"] = io.DefaultValue.DeepClone();
        foreach (var (key, value) in io.Extra)
            obj[key] = value?.DeepClone();
        return obj;
    }
}
