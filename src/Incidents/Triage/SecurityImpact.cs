namespace IncidentWorkflows.Incidents.Triage;

/// <summary>Impact of a security event on the privacy or availability of the platform, partners or customer data.</summary>
public enum SecurityImpact
{
    None,
    Minor,
    Major,
}
