namespace IncidentWorkflows.Incidents.Tickets.Transitions;

/// <summary>
/// Resolved → Closed: the requester acknowledged the resolution (<see cref="AcknowledgedBy"/> when staff record it for
/// them), or the system closes it after the requester stayed silent, with a reason. S1 and security tickets need a
/// root cause and lessons learned first.
/// </summary>
public sealed record Close(Actor By, DateTimeOffset At, CloseKind Kind, Actor? AcknowledgedBy = null, string? Reason = null)
    : TransitionRequest(By, At)
{
    public override TicketTrigger Trigger => TicketTrigger.Close;

    internal override string? StatusNote => Kind == CloseKind.AutoClosed ? Reason : "Resolution acknowledged by the requester.";

    public static Close Acknowledged(Actor requester, DateTimeOffset at) => new(requester, at, CloseKind.RequesterAcknowledged);

    public static Close Automatically(string reason, DateTimeOffset at) => new(Actor.System, at, CloseKind.AutoClosed, Reason: reason);

    internal override Refusal? Check(Ticket ticket)
    {
        if (Kind == CloseKind.RequesterAcknowledged && !ticket.IsRequester(AcknowledgedBy ?? By))
        {
            return new Refusal(RuleIds.CloseRequiresRequesterAcknowledgement,
                $"A ticket is closed when its requester ({ticket.RequesterId}) acknowledges the resolution, or automatically by the system.");
        }

        if (Kind == CloseKind.AutoClosed && By.Role != ActorRole.System)
        {
            return new Refusal(RuleIds.AutoCloseRequiresSystem, "Only the system closes a ticket automatically.");
        }

        if (Kind == CloseKind.AutoClosed && IsBlank(Reason))
        {
            return new Refusal(RuleIds.AutoCloseReasonRequired, "An automatic close needs a reason, e.g. no answer within 5 business days.");
        }

        return ticket.RefuseCloseWithoutAnalysis();
    }

    internal override void Apply(Ticket ticket)
    {
        var acknowledgedBy = Kind == CloseKind.RequesterAcknowledged ? (AcknowledgedBy ?? By).Id : null;
        ticket.Closure = new ClosureDetails(Kind, acknowledgedBy, Reason, At);
        ticket.MarkClosed(At);
        ticket.Record(By, At, TimelineSubjects.Closure, null, Kind.ToString(), acknowledgedBy is null ? Reason : $"Acknowledged by {acknowledgedBy}.", Visibility.Public);
        ticket.Sla.Ended(At);
    }
}
