using IncidentWorkflows.Incidents.Escalation;
using IncidentWorkflows.Incidents.Tickets.Transitions;

namespace IncidentWorkflows.Incidents.Tickets;

public sealed partial class Ticket
{
    /// <summary>
    /// Functional escalation: one level up, to <paramref name="groupId"/>, with a fresh level clock. L4 is outside the
    /// operations team, so a ticket in progress also becomes Escalated (to that group, for that reason).
    /// </summary>
    public Outcome EscalateFunctionally(SupportLevel level, string groupId, string reason, Actor by, DateTimeOffset at)
    {
        if (RefuseWhenEnded("escalating") is { } refusal)
        {
            return refusal;
        }

        if (SupportLevel is not { } current || SupportLadder.Next(current) != level)
        {
            return Outcome.Refused(RuleIds.NoNextSupportLevel,
                $"Functional escalation goes one level up; ticket {DisplayNumber} is at {SupportLevel?.ToString() ?? SupportGroupId}, not below {level}.");
        }

        if (string.IsNullOrWhiteSpace(groupId) || string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Refused(RuleIds.ReasonRequired, "A functional escalation names the receiving group and the reason.");
        }

        MoveToGroup(groupId, level, reason, by, at);
        return level == Tickets.SupportLevel.L4 && CanApply(TicketTrigger.Escalate)
            ? Apply(new Escalate(by, at, groupId, reason))
            : Outcome.Accepted;
    }

    /// <summary>Notes on the timeline that management was informed of a potential or actual breach.</summary>
    public void RecordHierarchicalNotice(IEnumerable<NotificationRecipient> recipients, string cause, Actor by, DateTimeOffset at) =>
        Record(by, at, TimelineSubjects.HierarchicalNotice, null, string.Join(", ", recipients), cause);
}
