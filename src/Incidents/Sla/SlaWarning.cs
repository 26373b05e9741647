using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Sla;

/// <summary>The warning share of a target was used (default 75 %): the moment for hierarchical escalation.</summary>
public sealed record SlaWarning(
    SlaClockKind Clock,
    SupportLevel? Level,
    string PolicyId,
    TimeSpan Target,
    int TargetVersion,
    DateTimeOffset WarningAt,
    DateTimeOffset RecordedAt);
