namespace IncidentWorkflows.Incidents.Triage;

public enum FunctionalImpact
{
    /// <summary>(Almost) no impact on functionality.</summary>
    None,

    /// <summary>Minor or moderate impact, typically on one user or a small group.</summary>
    MinorOrModerate,

    /// <summary>Key functionality is impaired.</summary>
    KeyFunctionalityImpaired,
}
