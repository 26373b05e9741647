using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Tickets;
using static IncidentWorkflows.Persistence.ProcessConfiguration.ConfigurationIssues;
using Kinds = IncidentWorkflows.Persistence.ProcessConfiguration.ConfigurationKinds;

namespace IncidentWorkflows.Persistence.ProcessConfiguration;

internal static partial class ConfigurationValidator
{
    private static void CheckCalendars(DocumentSet set, ConfigurationIssues issues)
    {
        if (set.Calendars.Count == 0)
            issues.Add(Kinds.Calendars, ConfigurationRules.Required, "At least one calendar is needed for SLA clocks.");
        for (var i = 0; i < set.Calendars.Count; i++)
        {
            var calendar = set.Calendars[i];
            if (string.IsNullOrWhiteSpace(calendar.Id))
            {
                issues.Add(At(Kinds.Calendars, i, "id"), ConfigurationRules.Required, "A calendar needs an id; SLA policies refer to it.");
                continue;
            }

            if (!Enum.IsDefined(calendar.Kind))
                issues.Add(At(Kinds.Calendars, i, "kind"), ConfigurationRules.InvalidValue, "A calendar's kind is AlwaysOpen or BusinessHours.");
            else
                foreach (var problem in calendar.ToDomain().Validate())
                    issues.Add(At(Kinds.Calendars, i), ConfigurationRules.InvalidCalendar, problem);
        }

        foreach (var duplicate in Duplicates(set.Calendars.Select(calendar => calendar.Id)))
            issues.Add(Kinds.Calendars, ConfigurationRules.DuplicateId, $"Calendar id '{duplicate}' is used more than once.");
    }

    private static void CheckPolicies(DocumentSet set, ConfigurationIssues issues)
    {
        if (set.SlaPolicies.Count == 0)
            issues.Add(Kinds.SlaPolicies, ConfigurationRules.Required, "At least one SLA policy is needed: every ticket gets response and resolution targets.");
        var calendars = set.Calendars.Select(calendar => calendar.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < set.SlaPolicies.Count; i++)
        {
            var policy = set.SlaPolicies[i];
            if (string.IsNullOrWhiteSpace(policy.Id))
                issues.Add(At(Kinds.SlaPolicies, i, "id"), ConfigurationRules.Required, "An SLA policy needs an id; tickets record which policy measures them.");
            if (policy.Targets is null)
            {
                issues.Add(At(Kinds.SlaPolicies, i, "targets"), ConfigurationRules.Required, "An SLA policy needs targets (response, resolution, calendar).");
                continue;
            }

            foreach (var problem in policy.Targets.ToDomain().Problems())
                issues.Add(At(Kinds.SlaPolicies, i, "targets"), ConfigurationRules.InvalidTarget, $"SLA policy '{policy.Id}': {problem}.");
            if (!calendars.Contains(policy.Targets.Calendar ?? ""))
                issues.Add(At(Kinds.SlaPolicies, i, "targets.calendar"), ConfigurationRules.UnknownCalendar,
                    $"SLA policy '{policy.Id}' runs on calendar '{policy.Targets.Calendar}', which is not configured.");
            CheckCategoryReference(set, policy.AppliesTo?.Category, policy.AppliesTo?.Subcategory, At(Kinds.SlaPolicies, i, "appliesTo"), issues);
        }

        foreach (var duplicate in Duplicates(set.SlaPolicies.Select(policy => policy.Id)))
            issues.Add(Kinds.SlaPolicies, ConfigurationRules.DuplicateId, $"SLA policy id '{duplicate}' is used more than once.");
        CheckEveryTicketHasAPolicy(set, issues);
    }

    /// <summary>A requester-specific policy cannot fill a gap for everyone else, so coverage is checked for an unknown requester.</summary>
    private static void CheckEveryTicketHasAPolicy(DocumentSet set, ConfigurationIssues issues)
    {
        if (set.SlaPolicies.Any(policy => policy.Targets is null))
            return;
        var book = new SlaPolicyBook(set.SlaPolicies.Select(policy => policy.ToDomain()));
        var gap = (
            from category in set.Categories.Where(category => !string.IsNullOrWhiteSpace(category.Name))
            from severity in Enum.GetValues<Severity>()
            from priority in Enum.GetValues<Priority>()
            let subject = new SlaSubject(category.Name, null, "", null, severity, priority)
            where book.Select(subject) is null
            select subject).FirstOrDefault();
        if (gap is not null)
            issues.Add(Kinds.SlaPolicies, RuleIds.NoSlaPolicy,
                $"No SLA policy applies to a {gap.Severity}/{gap.Priority} ticket in {gap.Category}; add a policy for it or a broader one.");
    }
}
