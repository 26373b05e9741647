namespace IncidentWorkflows.Incidents.Sla;

/// <summary>What an evaluation newly recorded: warnings call for hierarchical escalation, breaches for functional escalation too.</summary>
public sealed record SlaEvaluation(IReadOnlyList<SlaWarning> NewWarnings, IReadOnlyList<SlaBreach> NewBreaches)
{
    public static SlaEvaluation Nothing { get; } = new([], []);

    public bool IsEmpty => NewWarnings.Count == 0 && NewBreaches.Count == 0;
}
