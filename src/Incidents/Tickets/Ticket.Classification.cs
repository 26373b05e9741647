using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Triage;

namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>
/// Changes to severity, priority and category after triage. Each re-selects the SLA policy in the same step, so a
/// ticket is never left measured against the policy of its old classification.
/// </summary>
public sealed partial class Ticket
{
    public SlaSubject SlaSubject => new(Category, Subcategory, RequesterId, RequesterOrganization, Severity, Priority);

    /// <summary>An engineer overrides the severity; the reason is mandatory and kept on the timeline.</summary>
    public Outcome OverrideSeverity(Severity severity, string reason, SlaPolicyBook policies, Actor by, DateTimeOffset at) =>
        Reclassify(SlaSubject with { Severity = severity }, reason, policies, by, at, () =>
        {
            Record(by, at, TimelineSubjects.Severity, Severity.ToString(), severity.ToString(), reason);
            Severity = severity;
            SeverityCriterion = TriageCriteria.EngineerOverride;
        });

    /// <summary>An engineer overrides the priority; the reason is mandatory and kept on the timeline.</summary>
    public Outcome OverridePriority(Priority priority, string reason, SlaPolicyBook policies, Actor by, DateTimeOffset at) =>
        Reclassify(SlaSubject with { Priority = priority }, reason, policies, by, at, () =>
        {
            Record(by, at, TimelineSubjects.Priority, Priority.ToString(), priority.ToString(), reason);
            Priority = priority;
            PriorityCriterion = TriageCriteria.EngineerOverride;
        });

    /// <summary>Corrects the category. The ticket stays with its group: re-routing is a separate, deliberate transfer.</summary>
    public Outcome Recategorize(string category, string? subcategory, string reason, CategoryTree tree, SlaPolicyBook policies, Actor by, DateTimeOffset at)
    {
        var path = tree.Resolve(category, subcategory);
        if (!path.IsAccepted)
        {
            return path.Refusal;
        }

        var resolved = path.Value!;
        return Reclassify(SlaSubject with { Category = resolved.Category, Subcategory = resolved.Subcategory }, reason, policies, by, at, () =>
        {
            Record(by, at, TimelineSubjects.Category, new CategoryPath(Category, Subcategory, IsSecurity).ToString(), resolved.ToString(), reason);
            (Category, Subcategory, IsSecurity) = (resolved.Category, resolved.Subcategory, resolved.IsSecurity);
        });
    }

    private Outcome Reclassify(SlaSubject subject, string reason, SlaPolicyBook policies, Actor by, DateTimeOffset at, Action change)
    {
        if (RefuseWhenEnded("reclassifying") is { } ended)
        {
            return ended;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Refused(RuleIds.OverrideReasonRequired, "Changing the classification needs a reason; it is kept on the timeline.");
        }

        if (Status == TicketStatus.Pending && subject.Severity is Severity.S1 or Severity.S2 && !IsPendingOnCustomerDecision)
        {
            return Outcome.Refused(RuleIds.PendingForbiddenForS1S2,
                $"A Pending ticket cannot become {subject.Severity}: S1 and S2 tickets may be Pending only on a customer's decision. Resume it first.");
        }

        if (policies.Select(subject) is not { } policy)
        {
            return Outcome.Refused(RuleIds.NoSlaPolicy, $"No SLA policy applies to {subject}; the classification was not changed.");
        }

        change();
        ChangeSlaPolicy(policy, by, at);
        return Outcome.Accepted;
    }

    private bool IsPendingOnCustomerDecision =>
        Pending?.Reason is PendingReason.CustomerStoppedInvestigation or PendingReason.CustomerDeniedApproval;
}
