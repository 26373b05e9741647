using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;

namespace IncidentWorkflows.Host.Tickets.Views;

/// <summary>A status change the transition table allows from here (its own conditions are checked when it is asked for).</summary>
public sealed record AllowedTransition(TicketTrigger Trigger, TicketStatus To, string Path)
{
    public static IReadOnlyList<AllowedTransition> For(Ticket ticket) =>
        [.. TicketTransitionTable.AllowedFrom(ticket.Status).Select(t => new AllowedTransition(t.Trigger, t.To, $"{TicketRoute.Location(ticket)}/{TransitionPaths.Of(t.Trigger)}"))];
}
