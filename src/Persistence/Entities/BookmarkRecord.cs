namespace IncidentWorkflows.Persistence.Entities;

/// <summary>
/// An open bookmark, indexed by stimulus hash for lookup. Deleting the row is what consumes it: the delete
/// commits with the burst that resumed it, so a bookmark is consumed exactly once. Rows with <see cref="ResumeAt"/>
/// are durable timers.
/// </summary>
public sealed class BookmarkRecord
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Hash { get; set; } = "";
    public string? PayloadJson { get; set; }
    public string ActivityId { get; set; } = "";
    public int ActivityInstanceId { get; set; }
    public string? CorrelationId { get; set; }
    public DateTimeOffset? ResumeAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
