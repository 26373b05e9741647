namespace IncidentWorkflows.Incidents.Tickets.Transitions;

/// <summary>
/// Resolved → InProgress, when the requester is not satisfied. <see cref="OnBehalfOf"/> is the requester when staff
/// record it for them (say after a phone call). The resolution clock continues with the time it had already used.
/// </summary>
public sealed record Reopen(Actor By, DateTimeOffset At, string Reason, Actor? OnBehalfOf = null) : TransitionRequest(By, At)
{
    public override TicketTrigger Trigger => TicketTrigger.Reopen;

    internal override string? StatusNote => Reason;

    internal override Refusal? Check(Ticket ticket)
    {
        var initiator = OnBehalfOf ?? By;
        if (!ticket.IsRequester(initiator))
        {
            return new Refusal(RuleIds.ReopenRequiresRequester, $"Only the requester ({ticket.RequesterId}) can reopen a resolved ticket.");
        }

        return IsBlank(Reason)
            ? new Refusal(RuleIds.ReopenReasonRequired, "Say why the resolution is not satisfactory.")
            : null;
    }

    internal override void Apply(Ticket ticket)
    {
        ticket.Record(By, At, TimelineSubjects.Reopened, ticket.Resolution?.Kind.ToString(), (OnBehalfOf ?? By).Id, Reason, Visibility.Public);
        ticket.Resolution = null;
        ticket.MarkReopened();
        ticket.Sla.Reopened(At);
    }
}
