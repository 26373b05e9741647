namespace IncidentWorkflows.Incidents.Sla;

/// <summary>A named set of targets and the tickets it applies to.</summary>
public sealed record SlaPolicy(string Id, string Name, SlaPolicyScope AppliesTo, SlaTargets Targets);
