namespace IncidentWorkflows.Engine.Execution;

/// <summary>
/// A point where a workflow instance waits for a stimulus. <see cref="Name"/> is the stimulus kind
/// (e.g. <c>Elsa.Event</c>), <see cref="Payload"/> what distinguishes it (e.g. the event name) and
/// <see cref="Hash"/> the lookup key over both.
/// </summary>
public sealed class Bookmark
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Hash { get; init; }
    public IReadOnlyDictionary<string, string>? Payload { get; init; }
    public required string ActivityId { get; init; }
    public required string ActivityNodeId { get; init; }
    public required int ActivityInstanceId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When a timer bookmark is due; null for bookmarks that wait for an outside stimulus.</summary>
    public DateTimeOffset? ResumeAt { get; init; }
}
