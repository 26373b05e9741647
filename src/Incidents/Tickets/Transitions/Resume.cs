namespace IncidentWorkflows.Incidents.Tickets.Transitions;

/// <summary>Pending → InProgress: what the ticket waited for arrived; the SLA clocks run again from their elapsed time.</summary>
public sealed record Resume(Actor By, DateTimeOffset At, string? Note = null) : TransitionRequest(By, At)
{
    public override TicketTrigger Trigger => TicketTrigger.Resume;

    internal override string? StatusNote => Note;

    internal override void Apply(Ticket ticket)
    {
        ticket.Record(By, At, TimelineSubjects.Pending, ticket.Pending?.Reason.ToString(), null, Note);
        ticket.Sla.Resume(At);
    }
}
