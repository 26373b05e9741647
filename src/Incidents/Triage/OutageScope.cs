namespace IncidentWorkflows.Incidents.Triage;

public enum OutageScope
{
    None,

    /// <summary>Part of the platform is down.</summary>
    Partial,

    /// <summary>The production system is down; normal operation is impossible.</summary>
    ProductionOutage,
}
