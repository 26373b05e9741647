namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>Impact, from the categorization matrix (process.md §3). S1 is the most severe.</summary>
public enum Severity
{
    /// <summary>Critical: production outage, partners' connectivity, major financial or security impact.</summary>
    S1 = 1,

    /// <summary>Severe: partial outage, or key functionality impaired with no workaround.</summary>
    S2 = 2,

    /// <summary>Average: minor or moderate functional impact; a workaround exists.</summary>
    S3 = 3,

    /// <summary>Minor: (almost) no functional impact, but a valid bug.</summary>
    S4 = 4,
}
