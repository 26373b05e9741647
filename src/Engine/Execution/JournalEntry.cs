namespace IncidentWorkflows.Engine.Execution;

/// <summary>
/// One activity execution as recorded in the journal, written when it ends: <see cref="EventName"/> is how it
/// ended (Completed, Faulted, Canceled), <see cref="StartedAt"/> and <see cref="Timestamp"/> its start and end.
/// </summary>
public sealed record JournalEntry(
    string ActivityId,
    string ActivityNodeId,
    string ActivityType,
    string? ActivityName,
    string EventName,
    DateTimeOffset? StartedAt,
    DateTimeOffset Timestamp,
    IReadOnlyList<string>? Outcomes = null,
    IReadOnlyDictionary<string, object?>? Inputs = null,
    IReadOnlyDictionary<string, object?>? Outputs = null,
    string? Message = null);
