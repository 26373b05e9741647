namespace IncidentWorkflows.Incidents.Tickets.Transitions;

/// <summary>InProgress → Escalated: handed to a party outside the operations team; to whom and why are recorded.</summary>
public sealed record Escalate(Actor By, DateTimeOffset At, string To, string Reason) : TransitionRequest(By, At)
{
    public override TicketTrigger Trigger => TicketTrigger.Escalate;

    internal override string? StatusNote => $"Escalated to {To}.";

    internal override Refusal? Check(Ticket ticket)
    {
        if (IsBlank(To))
        {
            return new Refusal(RuleIds.EscalationTargetRequired, "Say to whom the ticket is escalated (team, vendor or OEM).");
        }

        return IsBlank(Reason)
            ? new Refusal(RuleIds.EscalationReasonRequired, "Say why the ticket is escalated outside the operations team.")
            : null;
    }

    internal override void Apply(Ticket ticket)
    {
        ticket.Escalation = new EscalationDetails(To, Reason, By.Id, At);
        ticket.Record(By, At, TimelineSubjects.EscalatedTo, null, To, Reason);
    }
}
