using IncidentWorkflows.Incidents.Tickets;
using static IncidentWorkflows.Incidents.Triage.TriageCriteria;

namespace IncidentWorkflows.Incidents.Triage;

/// <summary>
/// The priority matrix of process.md §3, tried from P1 down. Where the matrix leaves a gap (exactly 10 users, or 26–50 %
/// of a small recipient) users who cannot work are still P3: the lowest level that describes people who cannot work.
/// </summary>
public static class PriorityMatrix
{
    public static PriorityAssessment Assess(PriorityFacts facts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(facts.UsersUnableToWork);
        ArgumentOutOfRangeException.ThrowIfNegative(facts.RecipientUserCount ?? 0);
        var users = facts.UsersUnableToWork;
        var recipientUsers = facts.RecipientUserCount is > 0 ? facts.RecipientUserCount : null;

        if (recipientUsers is { } all && users * 2L > all)
        {
            return new(Priority.P1, P1MajorityOfRecipientUsers, $"P1 because {users} of the recipient's {all} users cannot work (more than 50 %).");
        }

        if (facts.AreasOutsideRecipientAffected)
        {
            return new(Priority.P1, P1OutsideRecipient, "P1 because the service recipient as a whole or areas outside it are affected.");
        }

        if (users > 10)
        {
            return new(Priority.P2, P2MoreThanTenUsers, $"P2 because {users} users cannot work (more than 10, no more than 50 %).");
        }

        if (facts.NamedPowerUserUnableToWork && facts.BusinessUnitAffected)
        {
            return new(Priority.P2, P2PowerUserAndBusinessUnit, "P2 because a named power user cannot work and a business unit is affected.");
        }

        return AssessFewUsers(facts, Math.Max(users, facts.NamedPowerUserUnableToWork ? 1 : 0), recipientUsers);
    }

    private static PriorityAssessment AssessFewUsers(PriorityFacts facts, int users, int? recipientUsers)
    {
        if (users == 1)
        {
            return new(Priority.P3, P3SingleUser, "P3 because a single user cannot work.");
        }

        if (users is > 1 and < 10)
        {
            return new(Priority.P3, P3FewerThanTenUsers, $"P3 because {users} users cannot work (fewer than 10).");
        }

        if (users > 0 && recipientUsers is { } all && users * 4L <= all)
        {
            return new(Priority.P3, P3AtMostAQuarterOfUsers, $"P3 because {users} of {all} users cannot work (no more than 25 %).");
        }

        if (users > 0)
        {
            return new(Priority.P3, P3UsersUnableToWork, $"P3 because {users} users cannot work (not more than 10, so not P2).");
        }

        return facts.SingleUserReducedFunctionalityWithWorkaround
            ? new(Priority.P4, P4ReducedFunctionalityWithWorkaround, "P4 because a single user has reduced functionality in one application and a workaround.")
            : new(Priority.P4, P4NoUserBlocked, "P4 because no user is prevented from working.");
    }
}
