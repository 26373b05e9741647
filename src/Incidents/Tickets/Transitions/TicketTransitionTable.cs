using System.Collections.Frozen;
using static IncidentWorkflows.Incidents.Tickets.TicketStatus;
using On = IncidentWorkflows.Incidents.Tickets.Transitions.TicketTrigger;

namespace IncidentWorkflows.Incidents.Tickets.Transitions;

/// <summary>
/// Every allowed status change (process.md §2); anything not listed is refused with <c>transition-not-allowed</c>.
/// Conditions on an allowed move (a reason, who may ask, open tasks) are checked by its command record.
/// <code>
/// from \ trigger  StartWork   Escalate   ReturnFromEsc.  PutOnHold  Resume      Resolve   Reopen      Close   Cancel
/// New             InProgress  -          -               -          -           -         -           -       Cancelled
/// InProgress      -           Escalated  -               Pending    -           Resolved  -           -       Cancelled
/// Escalated       -           -          InProgress      -          -           Resolved  -           -       Cancelled
/// Pending         -           -          -               -          InProgress  -         -           -       Cancelled
/// Resolved        -           -          -               -          -           -         InProgress  Closed  -
/// Closed, Cancelled: final.
/// </code>
/// Deliberately absent: resolving without starting work (a person must own the ticket first), Pending from Escalated
/// or New (only the assigned engineer knows what the customer must provide), cancelling a Resolved ticket (the
/// requester acknowledges or reopens instead).
/// </summary>
public static class TicketTransitionTable
{
    public static IReadOnlyList<TicketTransition> Transitions { get; } =
    [
        new(New, On.StartWork, InProgress),
        new(New, On.Cancel, Cancelled),
        new(InProgress, On.Escalate, Escalated),
        new(InProgress, On.PutOnHold, Pending),
        new(InProgress, On.Resolve, Resolved),
        new(InProgress, On.Cancel, Cancelled),
        new(Escalated, On.ReturnFromEscalation, InProgress),
        new(Escalated, On.Resolve, Resolved),
        new(Escalated, On.Cancel, Cancelled),
        new(Pending, On.Resume, InProgress),
        new(Pending, On.Cancel, Cancelled),
        new(Resolved, On.Reopen, InProgress),
        new(Resolved, On.Close, Closed),
    ];

    private static readonly FrozenDictionary<(TicketStatus From, TicketTrigger Trigger), TicketStatus> Targets =
        Transitions.ToFrozenDictionary(transition => (transition.From, transition.Trigger), transition => transition.To);

    public static bool TryGetTarget(TicketStatus from, TicketTrigger trigger, out TicketStatus to) =>
        Targets.TryGetValue((from, trigger), out to);

    public static IReadOnlyList<TicketTransition> AllowedFrom(TicketStatus from) =>
        [.. Transitions.Where(transition => transition.From == from)];
}
