namespace IncidentWorkflows.Engine.Execution;

/// <summary>A fault recorded on a workflow instance: which activity, what went wrong, when.</summary>
public sealed record Incident(
    string ActivityId,
    string ActivityNodeId,
    string ActivityType,
    string Message,
    string? ExceptionType,
    string? Code,
    string? Category,
    DateTimeOffset Timestamp,
    int ActivityInstanceId);
