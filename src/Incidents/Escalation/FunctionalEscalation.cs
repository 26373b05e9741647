using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Triage;

namespace IncidentWorkflows.Incidents.Escalation;

/// <summary>Reassigns a ticket to the next support level's group for its category (after a level breach, or by hand).</summary>
public static class FunctionalEscalation
{
    public static Outcome Escalate(Ticket ticket, RoutingTable routing, string reason, Actor by, DateTimeOffset at)
    {
        if (ticket.SupportLevel is not { } level)
        {
            return Outcome.Refused(RuleIds.NoNextSupportLevel,
                $"Ticket {ticket.DisplayNumber} is with {ticket.SupportGroupId}, outside the L1–L4 levels; transfer it to a level first.");
        }

        if (SupportLadder.Next(level) is not { } next)
        {
            return Outcome.Refused(RuleIds.NoNextSupportLevel, $"Ticket {ticket.DisplayNumber} is at {level} already; there is no higher level.");
        }

        return routing.GroupFor(ticket.Category, ticket.Subcategory, next) is { } group
            ? ticket.EscalateFunctionally(next, group, reason, by, at)
            : Outcome.Refused(RuleIds.NoRoutingRule, $"No {next} group handles {ticket.Category}; add a routing rule.");
    }
}
