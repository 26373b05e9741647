namespace IncidentWorkflows.Persistence.Entities;

/// <summary>One activity execution of an instance: how it ended (Completed, Faulted, Canceled), when it started and ended.</summary>
public sealed class JournalRecord
{
    public long Id { get; set; }
    public string InstanceId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string ActivityNodeId { get; set; } = "";
    public string ActivityType { get; set; } = "";
    public string? ActivityName { get; set; }
    public string EventName { get; set; } = "";
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset Timestamp { get; set; }
    public string? Outcomes { get; set; }
    public string? PayloadJson { get; set; }
    public string? Message { get; set; }
}
