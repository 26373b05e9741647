namespace IncidentWorkflows.Incidents.Tickets.Transitions;

/// <summary>
/// InProgress → Pending, which stops the SLA clocks. A reason is mandatory. S1 and S2 tickets may be Pending only
/// because of a customer decision (stopping the investigation, denying an approval), and a customer decision always
/// names the customer who took it, so it is documented on the timeline.
/// </summary>
public sealed record PutOnHold(
    Actor By,
    DateTimeOffset At,
    PendingReason Reason,
    string Explanation,
    Actor? DecidedBy = null,
    string? BlockingTicket = null) : TransitionRequest(By, At)
{
    public override TicketTrigger Trigger => TicketTrigger.PutOnHold;

    internal override string? StatusNote => $"{Reason}: {Explanation}";

    private bool IsCustomerDecision => Reason is PendingReason.CustomerStoppedInvestigation or PendingReason.CustomerDeniedApproval;

    internal override Refusal? Check(Ticket ticket)
    {
        if (IsBlank(Explanation))
        {
            return new Refusal(RuleIds.PendingReasonRequired, "A reason is mandatory to set a ticket Pending: say what the customer must provide or decide.");
        }

        if (ticket.Severity is Severity.S1 or Severity.S2 && !IsCustomerDecision)
        {
            return new Refusal(RuleIds.PendingForbiddenForS1S2,
                $"A {ticket.Severity} ticket may not be set Pending: restoring service seldom depends on the customer. The only exceptions are a customer who stops the investigation or denies an approval.");
        }

        if (IsCustomerDecision && DecidedBy is not { IsCustomerSide: true })
        {
            return new Refusal(RuleIds.PendingCustomerDecisionRequired, "A customer's decision to stop or to deny an approval must be documented with the customer who decided.");
        }

        return Reason == PendingReason.AwaitingOtherTicket && IsBlank(BlockingTicket)
            ? new Refusal(RuleIds.PendingBlockingTicketRequired, "Name the ticket this one is waiting for.")
            : null;
    }

    internal override void Apply(Ticket ticket)
    {
        ticket.Pending = new PendingDetails(Reason, Explanation, DecidedBy?.Id, BlockingTicket, At);
        var decision = DecidedBy is null ? null : $"Decided by {DecidedBy.Id}. ";
        ticket.Record(By, At, TimelineSubjects.Pending, null, Reason.ToString(), $"{decision}{Explanation}", Visibility.Public);
        ticket.Sla.Pause(At);
    }
}
