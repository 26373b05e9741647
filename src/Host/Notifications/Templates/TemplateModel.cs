using System.Text.Json;
using System.Text.Json.Nodes;
using Scriban.Runtime;

namespace IncidentWorkflows.Host.Notifications.Templates;

/// <summary>Copies a JSON model into Scriban's own objects, so templates see plain values and never a .NET object.</summary>
internal static class TemplateModel
{
    private const int MaxDepth = 32;

    public static ScriptObject ToScript(JsonObject? model) => (ScriptObject)Convert(model ?? [], 0)!;

    private static object? Convert(JsonNode? node, int depth)
    {
        if (depth > MaxDepth)
            throw new InvalidNotificationException($"The template model is nested deeper than {MaxDepth} levels.");
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj:
                var script = new ScriptObject(obj.Count);
                foreach (var (key, value) in obj)
                    script[key] = Convert(value, depth + 1);
                return script;
            case JsonArray array:
                var items = new ScriptArray(array.Count);
                foreach (var item in array)
                    items.Add(Convert(item, depth + 1));
                return items;
            default:
                // Through text, because a value built in code (JsonValue.Create(42)) does not convert like a parsed one.
                using (var document = JsonDocument.Parse(node.ToJsonString()))
                {
                    var element = document.RootElement;
                    return element.ValueKind switch
                    {
                        JsonValueKind.String => element.GetString(),
                        JsonValueKind.True => true,
                        JsonValueKind.False => false,
                        JsonValueKind.Number when element.TryGetInt64(out var integer) => integer,
                        JsonValueKind.Number => element.GetDouble(),
                        _ => null,
                    };
                }
        }
    }
}
