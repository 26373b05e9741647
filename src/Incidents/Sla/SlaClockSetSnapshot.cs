using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Sla;

/// <summary>
/// Everything an <see cref="SlaClockSet"/> knows, as plain data, so storage can keep it as one document and rebuild the
/// set exactly: the clocks with their running intervals, warnings and breaches, and which clock measures the current level.
/// </summary>
public sealed record SlaClockSetSnapshot(
    string PolicyId,
    SlaTargets Targets,
    bool IsPaused,
    IReadOnlyList<SlaClockSnapshot> Clocks,
    Guid? CurrentLevelClockId);

/// <summary>One clock of an <see cref="SlaClockSetSnapshot"/>.</summary>
public sealed record SlaClockSnapshot(
    Guid Id,
    SlaClockKind Kind,
    SupportLevel? Level,
    string PolicyId,
    TimeSpan Target,
    string CalendarId,
    double WarningRatio,
    int TargetVersion,
    SlaClockState State,
    bool IsRetired,
    IReadOnlyList<ClockInterval> Intervals,
    IReadOnlyList<SlaBreach> Breaches,
    IReadOnlyList<SlaWarning> Warnings);
