namespace IncidentWorkflows.Incidents.Triage;

/// <summary>What the reporter or the engineer knows about the impact; the categorization matrix reads these.</summary>
public sealed record SeverityFacts
{
    public OutageScope Outage { get; init; }

    public FunctionalImpact FunctionalImpact { get; init; }

    public bool WorkaroundExists { get; init; }

    /// <summary>A major outage that includes the connectivity of several partners.</summary>
    public bool SeveralPartnersLostConnectivity { get; init; }

    /// <summary>Major financial risk with contractual implications.</summary>
    public bool MajorFinancialRisk { get; init; }

    public SecurityImpact SecurityImpact { get; init; }

    /// <summary>Users affected, when known. The matrix does not grade severity by it; it makes explanations concrete.</summary>
    public int? AffectedUsers { get; init; }
}
