namespace IncidentWorkflows.Incidents.Tickets.Transitions;

/// <summary>Any open status except Resolved → Cancelled, only at the customer's request; who asked is recorded.</summary>
public sealed record Cancel(Actor By, DateTimeOffset At, Actor RequestedBy, string? Reason = null) : TransitionRequest(By, At)
{
    public override TicketTrigger Trigger => TicketTrigger.Cancel;

    internal override string? StatusNote => $"Cancelled at the request of {RequestedBy.Id}.";

    internal override Refusal? Check(Ticket ticket) =>
        RequestedBy.IsCustomerSide
            ? null
            : new Refusal(RuleIds.CancelRequiresCustomer, "A ticket can only be cancelled when the customer asks for it; name the customer who asked.");

    internal override void Apply(Ticket ticket)
    {
        ticket.Cancellation = new CancellationDetails(RequestedBy.Id, Reason, By.Id, At);
        ticket.MarkCancelled(At);
        ticket.Record(By, At, TimelineSubjects.Cancellation, null, RequestedBy.Id, Reason, Visibility.Public);
        ticket.Sla.Ended(At);
    }
}
