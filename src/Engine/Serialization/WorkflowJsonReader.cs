using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Model;

namespace IncidentWorkflows.Engine.Serialization;

/// <summary>Reads Elsa 3 workflow definition JSON (current and older forms) into the model without losing properties.</summary>
public static class WorkflowJsonReader
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = false };
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static WorkflowDefinition Parse(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json.TrimStart('\uFEFF'), NodeOptions, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new WorkflowJsonException($"Not valid JSON: {e.Message}", e.Path ?? "$", e);
        }

        if (node is not JsonObject obj)
            throw new WorkflowJsonException("A workflow definition must be a JSON object.", "$");

        return Read(obj);
    }

    public static WorkflowDefinition Read(JsonObject source)
    {
        var obj = (JsonObject)source.DeepClone();
        var definition = new WorkflowDefinition();
        foreach (var (key, value) in obj.ToList())
        {
            obj.Remove(key);
            switch (key)
            {
                case "id": definition.Id = AsString(value, "$.id") ?? ""; break;
                case "definitionId": definition.DefinitionId = AsString(value, "$.definitionId") ?? ""; break;
                case "name": definition.Name = AsString(value, "$.name"); break;
                case "description": definition.Description = AsString(value, "$.description"); break;
                case "version": definition.Version = AsInt(value, "$.version") ?? 1; break;
                case "isLatest": definition.IsLatest = AsBool(value) ?? true; break;
                case "isPublished": definition.IsPublished = AsBool(value) ?? true; break;
                case "variables": definition.Variables = ReadList(value, "$.variables", ReadVariable); break;
                case "inputs": definition.Inputs = ReadList(value, "$.inputs", ReadIo); break;
                case "outputs": definition.Outputs = ReadList(value, "$.outputs", ReadIo); break;
                case "outcomes": definition.Outcomes = ReadList(value, "$.outcomes", (n, p) => AsString(n, p) ?? ""); break;
                case "options": definition.Options = value as JsonObject ?? []; break;
                case "customProperties": definition.CustomProperties = value as JsonObject ?? []; break;
                case "root": definition.Root = value is null ? null : ReadActivity(value, "$.root"); break;
                default: definition.Extra[key] = value; break;
            }
        }

        if (string.IsNullOrEmpty(definition.DefinitionId))
            definition.DefinitionId = string.IsNullOrEmpty(definition.Id) ? Guid.NewGuid().ToString("N") : definition.Id;
        if (string.IsNullOrEmpty(definition.Id))
            definition.Id = $"{definition.DefinitionId}:v{definition.Version}";
        return definition;
    }

    public static ActivityNode ReadActivity(JsonNode node, string path)
    {
        if (node is not JsonObject obj)
            throw new WorkflowJsonException("An activity must be a JSON object.", path);

        var activity = new ActivityNode();
        foreach (var (key, value) in obj.ToList())
        {
            obj.Remove(key);
            var childPath = $"{path}.{key}";
            switch (key)
            {
                case "id": activity.Id = AsString(value, childPath) ?? ""; break;
                case "type": activity.Type = AsString(value, childPath) ?? ""; break;
                case "version": activity.Version = AsInt(value, childPath) ?? 1; break;
                case "name" when value is not null: activity.Name = AsString(value, childPath); break;
                case "customProperties": activity.CustomProperties = value as JsonObject ?? []; break;
                case "metadata": activity.Metadata = value as JsonObject ?? []; break;
                case "activities" when value is JsonArray items:
                    activity.Activities = items.Select((item, i) => ReadActivity(item ?? throw Null($"{childPath}[{i}]"), $"{childPath}[{i}]")).ToList();
                    break;
                case "connections" when value is JsonArray items:
                    activity.Connections = items.Select((item, i) => ReadConnection(item, $"{childPath}[{i}]")).ToList();
                    break;
                default:
                    if (IsActivityObject(value))
                        activity.Slots[key] = ReadActivity(value!, childPath);
                    else
                        activity.Properties[key] = value;
                    break;
            }
        }

        if (string.IsNullOrEmpty(activity.Type))
            throw new WorkflowJsonException("An activity needs a 'type'.", path);
        if (string.IsNullOrEmpty(activity.Id))
            throw new WorkflowJsonException($"Activity of type '{activity.Type}' needs an 'id'.", path);
        return activity;
    }

    /// <summary>Nested activities are objects with a string id and type; input wrappers and expressions never have both.</summary>
    private static bool IsActivityObject(JsonNode? value) =>
        value is JsonObject o
        && o["type"] is JsonValue type && type.GetValueKind() == JsonValueKind.String
        && o["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String
        && !o.ContainsKey("expression");

    private static Connection ReadConnection(JsonNode? node, string path)
    {
        if (node is not JsonObject obj)
            throw new WorkflowJsonException("A connection must be a JSON object.", path);

        var copy = (JsonObject)obj.DeepClone();
        Endpoint source, target;
        if (copy["source"] is JsonObject)
        {
            source = ReadEndpoint(copy["source"], $"{path}.source", "Done");
            target = ReadEndpoint(copy["target"], $"{path}.target", "In");
            copy.Remove("source");
            copy.Remove("target");
        }
        else
        {
            // The old flat form: { source, target, sourcePort, targetPort }.
            source = new Endpoint(AsString(copy["source"], $"{path}.source") ?? throw Null($"{path}.source"), AsString(copy["sourcePort"], $"{path}.sourcePort") ?? "Done");
            target = new Endpoint(AsString(copy["target"], $"{path}.target") ?? throw Null($"{path}.target"), AsString(copy["targetPort"], $"{path}.targetPort") ?? "In");
            foreach (var key in new[] { "source", "target", "sourcePort", "targetPort" })
                copy.Remove(key);
        }

        return new Connection { Source = source, Target = target, Extra = copy };
    }

    private static Endpoint ReadEndpoint(JsonNode? node, string path, string defaultPort)
    {
        if (node is not JsonObject obj)
            throw new WorkflowJsonException("A connection endpoint must be an object with 'activity' and 'port'.", path);
        var activity = AsString(obj["activity"], $"{path}.activity") ?? throw Null($"{path}.activity");
        return new Endpoint(activity, AsString(obj["port"], $"{path}.port") ?? defaultPort);
    }

    private static VariableDefinition ReadVariable(JsonNode? node, string path)
    {
        if (node is not JsonObject source)
            throw new WorkflowJsonException("A variable must be a JSON object.", path);
        var obj = (JsonObject)source.DeepClone();
        var variable = new VariableDefinition
        {
            Id = AsString(Take(obj, "id"), $"{path}.id") ?? "",
            Name = AsString(Take(obj, "name"), $"{path}.name") ?? "",
            TypeName = AsString(Take(obj, "typeName"), $"{path}.typeName") ?? "Object",
            IsArray = AsBool(Take(obj, "isArray")) ?? false,
            Value = obj["value"] is null ? null : Take(obj, "value"),
        };
        if (variable.Id.Length == 0)
            variable.Id = variable.Name;
        variable.Extra = obj;
        return variable;
    }

    private static IoDefinition ReadIo(JsonNode? node, string path)
    {
        if (node is not JsonObject source)
            throw new WorkflowJsonException("A workflow input or output must be a JSON object.", path);
        var obj = (JsonObject)source.DeepClone();
        return new IoDefinition
        {
            Name = AsString(Take(obj, "name"), $"{path}.name") ?? "",
            TypeName = AsString(Take(obj, "type"), $"{path}.type") ?? "Object",
            DefaultValue = obj["defaultValue"] is null ? null : Take(obj, "defaultValue"),
            Extra = obj,
        };
    }

    private static JsonNode? Take(JsonObject obj, string key)
    {
        obj.TryGetPropertyValue(key, out var value);
        obj.Remove(key);
        return value;
    }

    private static List<T> ReadList<T>(JsonNode? node, string path, Func<JsonNode?, string, T> read) => node switch
    {
        null => [],
        JsonArray array => array.Select((item, i) => read(item, $"{path}[{i}]")).ToList(),
        _ => throw new WorkflowJsonException("Expected an array.", path),
    };

    private static string? AsString(JsonNode? node, string path) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.ToJsonString(),
        _ => throw new WorkflowJsonException("Expected a string.", path),
    };

    private static int? AsInt(JsonNode? node, string path) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var i) => i,
        JsonValue v when v.GetValueKind() == JsonValueKind.String && int.TryParse(v.GetValue<string>(), out var i) => i,
        _ => throw new WorkflowJsonException("Expected a whole number.", path),
    };

    private static bool? AsBool(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static WorkflowJsonException Null(string path) => new("A value is required here.", path);
}
