namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>
/// One change on a ticket: who, when, what (<see cref="Subject"/>, see <see cref="TimelineSubjects"/>), old → new.
/// Entries are never edited or removed; a correction is a new entry pointing at the one it corrects.
/// </summary>
public sealed record TimelineEntry(
    int Sequence,
    DateTimeOffset At,
    string ActorId,
    ActorRole ActorRole,
    string Subject,
    string? OldValue,
    string? NewValue,
    string? Note,
    Visibility Visibility)
{
    /// <summary>The sequence of the entry this one corrects, for <see cref="TimelineSubjects.Correction"/> entries.</summary>
    public int? Corrects { get; init; }
}
