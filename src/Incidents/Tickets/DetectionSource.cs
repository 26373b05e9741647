namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>Who noticed the problem first; the share detected internally is a process metric (target above 90 %).</summary>
public enum DetectionSource
{
    /// <summary>Found by monitoring or by staff.</summary>
    Internal,

    /// <summary>Reported by a customer or user.</summary>
    External,
}
