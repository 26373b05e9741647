using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Sla;

/// <summary>How long a ticket may stay at one support level before functional escalation.</summary>
public sealed record LevelTarget(SupportLevel Level, TimeSpan Target);
