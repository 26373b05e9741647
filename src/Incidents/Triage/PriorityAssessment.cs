using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Triage;

/// <summary>A priority with the matrix criterion that gave it (a stable id from <see cref="TriageCriteria"/>) and why.</summary>
public sealed record PriorityAssessment(Priority Priority, string Criterion, string Explanation);
