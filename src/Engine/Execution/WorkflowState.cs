using System.Text.Json.Nodes;

namespace IncidentWorkflows.Engine.Execution;

/// <summary>
/// Everything a workflow instance needs to continue in a fresh engine: the only thing persisted between bursts.
/// Deliberately small: the journal is stored apart from it.
/// </summary>
public sealed class WorkflowState
{
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public string DefinitionVersionId { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string? CorrelationId { get; set; }
    public string? Name { get; set; }
    public WorkflowStatus Status { get; set; }
    public WorkflowSubStatus SubStatus { get; set; }
    public FlowchartMode FlowchartMode { get; set; }
    public string? TriggerActivityId { get; set; }
    public Dictionary<string, JsonNode?> Input { get; set; } = [];
    public Dictionary<string, JsonNode?> Output { get; set; } = [];
    public Dictionary<string, JsonNode?> Properties { get; set; } = [];
    public Dictionary<string, JsonNode?> Variables { get; set; } = [];
    public Dictionary<string, Dictionary<string, JsonNode?>> ActivityOutputs { get; set; } = [];
    public JsonNode? LastResult { get; set; }
    public List<ActivityContextState> Contexts { get; set; } = [];
    public List<Bookmark> Bookmarks { get; set; } = [];
    public List<Incident> Incidents { get; set; } = [];
    public int NextContextId { get; set; } = 1;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One activity execution that is still running (or faulted) at the end of a burst.</summary>
public sealed class ActivityContextState
{
    public int Id { get; set; }
    public string NodeId { get; set; } = "";
    public int? ParentId { get; set; }
    public ActivityStatus Status { get; set; }
    public ActivityState? State { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public List<string>? Outcomes { get; set; }
    public Dictionary<string, JsonNode?>? Variables { get; set; }
    public Dictionary<string, JsonNode?>? ScheduledInput { get; set; }
    public Dictionary<string, JsonNode?>? CompositeInputs { get; set; }
    public Dictionary<string, JsonNode?>? CompositeOutputs { get; set; }
    public List<string>? CompositeOutcomes { get; set; }
}
