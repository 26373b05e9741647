using System.Text.Json.Nodes;

namespace IncidentWorkflows.Engine.Model;

/// <summary>
/// One version of a workflow definition, in the vocabulary of Elsa 3's JSON format.
/// Properties this model does not know are kept in <see cref="Extra"/> so that load → save is lossless.
/// </summary>
public sealed class WorkflowDefinition
{
    /// <summary>The version id (Elsa calls it <c>id</c>).</summary>
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public string? Name { get; set; }
    public string? Description { get; set; }
    public int Version { get; set; } = 1;
    public bool IsLatest { get; set; } = true;
    public bool IsPublished { get; set; } = true;
    public List<VariableDefinition> Variables { get; set; } = [];
    public List<IoDefinition> Inputs { get; set; } = [];
    public List<IoDefinition> Outputs { get; set; } = [];
    public List<string> Outcomes { get; set; } = [];
    public JsonObject Options { get; set; } = [];
    public JsonObject CustomProperties { get; set; } = [];
    public ActivityNode? Root { get; set; }
    public JsonObject Extra { get; set; } = [];

    /// <summary>Whether other workflows may use this one as an activity (options or the legacy top-level flag).</summary>
    public bool UsableAsActivity =>
        Options["usableAsActivity"]?.GetValueKind() == System.Text.Json.JsonValueKind.True
        || Extra["usableAsActivity"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;

    /// <summary>The activity type name under which this definition is used inside other workflows.</summary>
    public string ActivityTypeName => ActivityTypeNames.FromDefinitionName(Name) ?? DefinitionId;
}
