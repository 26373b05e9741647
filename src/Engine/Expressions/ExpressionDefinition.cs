using System.Text.Json.Nodes;

namespace IncidentWorkflows.Engine.Expressions;

/// <summary>An expression as written in JSON: <c>{ "type": "JavaScript", "value": "..." }</c>.</summary>
public sealed record ExpressionDefinition(string Type, JsonNode? Value)
{
    public string? Text => Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : Value?.ToJsonString();
}
