namespace IncidentWorkflows.Persistence.Entities;

/// <summary>A workflow instance: query columns plus the serialized engine state.</summary>
public sealed class WorkflowInstanceRecord
{
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public string DefinitionVersionId { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string? Name { get; set; }
    public string? CorrelationId { get; set; }

    /// <summary>Caller-chosen key that makes a start idempotent (unique when set).</summary>
    public string? IdempotencyKey { get; set; }

    public string Status { get; set; } = "";
    public string SubStatus { get; set; } = "";
    public int IncidentCount { get; set; }
    public string StateJson { get; set; } = "";

    /// <summary>Bumped on every burst; a concurrent writer that read an older version loses.</summary>
    public int Revision { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}
