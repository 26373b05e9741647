namespace IncidentWorkflows.Incidents.Tickets.Transitions;

/// <summary>New → InProgress: an engineer owns the ticket and starts; this is the first response to the requester.</summary>
public sealed record StartWork(Actor By, DateTimeOffset At, string? Assignee = null) : TransitionRequest(By, At)
{
    public override TicketTrigger Trigger => TicketTrigger.StartWork;

    internal override Refusal? Check(Ticket ticket) =>
        IsBlank(Assignee) && IsBlank(ticket.AssigneeId)
            ? new Refusal(RuleIds.AssigneeRequired, "Work can only start on a ticket assigned to an engineer; name the assignee.")
            : null;

    internal override void Apply(Ticket ticket)
    {
        if (!IsBlank(Assignee))
        {
            ticket.AssignTo(Assignee!, By, At);
        }

        ticket.RespondFirst(By, At);
    }
}
