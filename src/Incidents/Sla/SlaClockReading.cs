using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Sla;

/// <summary>
/// A clock measured at one instant. <see cref="DueAt"/> and <see cref="WarningAt"/> are null while the clock is paused or
/// stopped short of them (nobody can say when they will fall); <see cref="Remaining"/> is negative once overdue.
/// </summary>
public sealed record SlaClockReading(
    SlaClockKind Kind,
    SupportLevel? Level,
    SlaClockState State,
    TimeSpan Target,
    TimeSpan Elapsed,
    TimeSpan Remaining,
    DateTimeOffset? WarningAt,
    DateTimeOffset? DueAt,
    bool IsBreached);
