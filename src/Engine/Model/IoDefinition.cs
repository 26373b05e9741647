using System.Text.Json.Nodes;

namespace IncidentWorkflows.Engine.Model;

/// <summary>A declared workflow input or output: <c>{ name, type, displayName, description, ... }</c>.</summary>
public sealed class IoDefinition
{
    public string Name { get; set; } = "";
    public string TypeName { get; set; } = "Object";
    public JsonNode? DefaultValue { get; set; }
    public JsonObject Extra { get; set; } = [];
}
