using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Triage;

/// <summary>A severity with the matrix criterion that gave it (a stable id from <see cref="TriageCriteria"/>) and why.</summary>
public sealed record SeverityAssessment(Severity Severity, string Criterion, string Explanation);
