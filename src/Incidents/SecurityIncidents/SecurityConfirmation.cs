namespace IncidentWorkflows.Incidents.SecurityIncidents;

/// <summary>How sure the security officers are that the incident happened.</summary>
public enum SecurityConfirmation
{
    Suspected,
    Confirmed,
    NearMiss,
    FalsePositive,
}
