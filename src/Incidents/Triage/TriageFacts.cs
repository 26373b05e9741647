namespace IncidentWorkflows.Incidents.Triage;

/// <summary>Everything triage reads: impact facts for severity, reach facts for priority (independent of each other).</summary>
public sealed record TriageFacts(SeverityFacts Severity, PriorityFacts Priority)
{
    public static TriageFacts None { get; } = new(new SeverityFacts(), new PriorityFacts());
}
