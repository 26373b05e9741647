using System.Text.Json.Serialization;
using IncidentWorkflows.Engine.Activities.Http;
using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Persistence.Runtime;

public sealed record StartWorkflowRequest(
    string DefinitionId,
    IReadOnlyDictionary<string, object?>? Input = null,
    string? CorrelationId = null,
    string? IdempotencyKey = null,
    string? TriggerActivityId = null,
    string? VersionId = null,
    IReadOnlyDictionary<string, object?>? TriggerInput = null);

/// <summary>An instance as the API returns it after a burst.</summary>
public sealed record InstanceResult(
    string Id,
    string DefinitionId,
    int DefinitionVersion,
    string? CorrelationId,
    string? Name,
    WorkflowStatus Status,
    WorkflowSubStatus SubStatus,
    IReadOnlyDictionary<string, object?> Output,
    IReadOnlyList<BookmarkInfo> Bookmarks,
    IReadOnlyList<Incident> Incidents,
    bool Existing = false)
{
    /// <summary>
    /// The response an <c>Elsa.WriteHttpResponse</c> wrote in this burst, for the host to send to the HTTP caller.
    /// Transient: never stored and not part of the instance JSON.
    /// </summary>
    [JsonIgnore]
    public WorkflowHttpResponse? HttpResponse { get; init; }
}

public sealed record BookmarkInfo(string Id, string Name, string ActivityId, IReadOnlyDictionary<string, string>? Payload, DateTimeOffset? ResumeAt);

/// <summary>What an event did: the instances it started and the ones it resumed.</summary>
public sealed record EventResult(IReadOnlyList<InstanceResult> Started, IReadOnlyList<InstanceResult> Resumed);

public sealed class RuntimeOptions
{
    /// <summary>Where <c>Elsa.WriteLine</c> text goes in the host (the log by default).</summary>
    public TextWriter Output { get; set; } = TextWriter.Null;

    public FlowchartMode FlowchartMode { get; set; } = FlowchartMode.CounterBased;
}
