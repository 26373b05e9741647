using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Sla;

/// <summary>A target that was missed. Breaches are never removed, also when a later policy change would have avoided them.</summary>
public sealed record SlaBreach(
    SlaClockKind Clock,
    SupportLevel? Level,
    string PolicyId,
    TimeSpan Target,
    int TargetVersion,
    DateTimeOffset DueAt,
    DateTimeOffset RecordedAt);
