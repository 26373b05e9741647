namespace IncidentWorkflows.Incidents.Triage;

/// <summary>Proposes severity and priority from the facts; the two matrices are applied independently.</summary>
public static class TicketTriage
{
    public static TriageProposal Propose(TriageFacts facts) =>
        new(SeverityMatrix.Assess(facts.Severity), PriorityMatrix.Assess(facts.Priority));
}
