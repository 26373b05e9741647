using IncidentWorkflows.Incidents.Tickets.Transitions;

namespace IncidentWorkflows.Incidents.Tickets;

public sealed partial class Ticket
{
    /// <summary>
    /// Moves the ticket if <see cref="TicketTransitionTable"/> allows the trigger from the current status and the
    /// request's own conditions hold; otherwise nothing changes and the refusal names the rule.
    /// </summary>
    public Outcome Apply(TransitionRequest request)
    {
        if (!TicketTransitionTable.TryGetTarget(Status, request.Trigger, out var target))
        {
            return Outcome.Refused(RuleIds.TransitionNotAllowed, NotAllowedMessage(request.Trigger));
        }

        if (request.Check(this) is { } refusal)
        {
            return refusal;
        }

        // The status note goes to the requester with the status-change notice.
        if (RefuseIndicatorsInPublicText(request.StatusNote, $"the note of {request.Trigger}") is { } sensitive)
        {
            return sensitive;
        }

        var from = Status;
        Status = target;
        StatusChangedAt = request.At;
        Record(request.By, request.At, TimelineSubjects.Status, from.ToString(), target.ToString(), request.StatusNote, Visibility.Public);
        request.Apply(this);
        ForgetDetailsOfLeftStatus();
        return Outcome.Accepted;
    }

    /// <summary>
    /// The refusal the request's own conditions (reasons, open tasks, who asks) give now, whatever the status; null when
    /// they hold. Lets a caller that must take two steps (start work, then resolve) refuse before changing anything.
    /// </summary>
    public Refusal? CheckConditions(TransitionRequest request) => request.Check(this);

    public bool CanApply(TicketTrigger trigger) => TicketTransitionTable.TryGetTarget(Status, trigger, out _);

    internal bool IsRequester(Actor actor) =>
        actor.Role == ActorRole.Requester && string.Equals(actor.Id, RequesterId, StringComparison.OrdinalIgnoreCase);

    /// <summary>Pending and escalation details describe the current status only; the timeline keeps their history.</summary>
    private void ForgetDetailsOfLeftStatus()
    {
        if (Status != TicketStatus.Pending)
        {
            Pending = null;
        }

        if (Status != TicketStatus.Escalated)
        {
            Escalation = null;
        }
    }

    private string NotAllowedMessage(TicketTrigger trigger)
    {
        var allowed = TicketTransitionTable.AllowedFrom(Status);
        var options = allowed.Count == 0
            ? "none, the status is final"
            : string.Join(", ", allowed.Select(transition => $"{transition.Trigger} → {transition.To}"));
        return $"{trigger} is not allowed for a ticket in status {Status}. Allowed from {Status}: {options}.";
    }
}
