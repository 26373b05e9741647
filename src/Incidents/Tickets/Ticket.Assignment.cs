using IncidentWorkflows.Incidents.Tickets.Transitions;

namespace IncidentWorkflows.Incidents.Tickets;

public sealed partial class Ticket
{
    /// <summary>Names the engineer who owns the ticket; the status does not change (<see cref="StartWork"/> does that).</summary>
    public Outcome Assign(string assigneeId, Actor by, DateTimeOffset at)
    {
        if (RefuseWhenEnded("reassigning") is { } refusal)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(assigneeId))
        {
            return Outcome.Refused(RuleIds.AssigneeRequired, "Name the engineer to assign.");
        }

        AssignTo(assigneeId, by, at);
        return Outcome.Accepted;
    }

    /// <summary>
    /// Moves the ticket to another group: another level (the level's SLA clock starts fresh) or a named team outside the
    /// levels (no level clock). The engineer of the old group no longer owns it, so the assignee is cleared.
    /// </summary>
    public Outcome TransferToGroup(string groupId, SupportLevel? level, string reason, Actor by, DateTimeOffset at)
    {
        if (RefuseWhenEnded("a transfer") is { } refusal)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(groupId) || string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Refused(RuleIds.ReasonRequired, "A transfer names the receiving group and the reason.");
        }

        MoveToGroup(groupId, level, reason, by, at);
        return Outcome.Accepted;
    }

    /// <summary>Acknowledges the ticket (an engineer has taken note); stops the acknowledge clock. Repeating it changes nothing.</summary>
    public Outcome Acknowledge(Actor by, DateTimeOffset at)
    {
        if (RefuseWhenEnded("acknowledging") is { } refusal)
        {
            return refusal;
        }

        if (AcknowledgedAt is null)
        {
            AcknowledgedAt = at;
            Record(by, at, TimelineSubjects.Acknowledged, null, by.Id);
            Sla.Acknowledged(at);
        }

        return Outcome.Accepted;
    }

    internal void AssignTo(string assigneeId, Actor by, DateTimeOffset at)
    {
        if (!string.Equals(AssigneeId, assigneeId, StringComparison.Ordinal))
        {
            Record(by, at, TimelineSubjects.Assignee, AssigneeId, assigneeId);
            AssigneeId = assigneeId;
        }
    }

    internal void MoveToGroup(string groupId, SupportLevel? level, string reason, Actor by, DateTimeOffset at)
    {
        Record(by, at, TimelineSubjects.SupportGroup, SupportGroupId, groupId, reason);
        SupportGroupId = groupId;
        if (AssigneeId is not null)
        {
            Record(by, at, TimelineSubjects.Assignee, AssigneeId, null, "Moved to another group.");
            AssigneeId = null;
        }

        if (level != SupportLevel)
        {
            Record(by, at, TimelineSubjects.SupportLevel, SupportLevel?.ToString(), level?.ToString(), reason);
            SupportLevel = level;
            Sla.LevelChanged(level, at);
        }
    }

    /// <summary>The first thing an engineer does that the requester sees: starting work, or a public answer.</summary>
    internal void RespondFirst(Actor by, DateTimeOffset at)
    {
        if (FirstRespondedAt is not null)
        {
            return;
        }

        FirstRespondedAt = at;
        AcknowledgedAt ??= at;
        Record(by, at, TimelineSubjects.FirstResponse, null, by.Id);
        Sla.FirstResponse(at);
    }
}
