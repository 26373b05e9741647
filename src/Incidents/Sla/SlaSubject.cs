using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Sla;

/// <summary>The ticket facts a policy is chosen by.</summary>
public sealed record SlaSubject(
    string Category,
    string? Subcategory,
    string RequesterId,
    string? RequesterOrganization,
    Severity Severity,
    Priority Priority);
