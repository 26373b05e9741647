namespace IncidentWorkflows.Incidents.Tickets.Transitions;

/// <summary>Escalated → InProgress: the outside party handed the ticket back to operations.</summary>
public sealed record ReturnFromEscalation(Actor By, DateTimeOffset At, string? Note = null) : TransitionRequest(By, At)
{
    public override TicketTrigger Trigger => TicketTrigger.ReturnFromEscalation;

    internal override void Apply(Ticket ticket)
    {
        ticket.Record(By, At, TimelineSubjects.EscalatedTo, ticket.Escalation?.To, null, Note);
    }
}
