namespace IncidentWorkflows.Persistence.Entities;

/// <summary>
/// A side effect (email, webhook, timer scheduling) written in the same transaction as the state change that
/// caused it and delivered only after commit, retried with backoff, dead-lettered visibly.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public string Kind { get; set; } = "";
    public string PayloadJson { get; set; } = "";

    /// <summary>Lets the receiving side drop a repeated delivery.</summary>
    public string IdempotencyKey { get; set; } = "";

    public string? InstanceId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset AvailableAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset? DeadLetteredAt { get; set; }
}
