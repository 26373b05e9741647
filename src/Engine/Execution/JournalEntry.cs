namespace IncidentWorkflows.Engine.Execution;

/// <summary>One activity execution as recorded in the journal.</summary>
public sealed record JournalEntry(
    string ActivityId,
    string ActivityNodeId,
    string ActivityType,
    string? ActivityName,
    string EventName,
    DateTimeOffset Timestamp,
    IReadOnlyList<string>? Outcomes = null,
    IReadOnlyDictionary<string, object?>? Inputs = null,
    IReadOnlyDictionary<string, object?>? Outputs = null,
    string? Message = null);
