namespace IncidentWorkflows.Incidents.Triage;

/// <summary>What triage proposes for a ticket; an engineer may override either part with a reason.</summary>
public sealed record TriageProposal(SeverityAssessment Severity, PriorityAssessment Priority);
