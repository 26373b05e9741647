using System.Text.Json.Nodes;

namespace IncidentWorkflows.Engine.Model;

/// <summary>A workflow (or container) variable: <c>{ id, name, typeName, isArray, value }</c>.</summary>
public sealed class VariableDefinition
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string TypeName { get; set; } = "Object";
    public bool IsArray { get; set; }
    public JsonNode? Value { get; set; }
    public JsonObject Extra { get; set; } = [];
}
