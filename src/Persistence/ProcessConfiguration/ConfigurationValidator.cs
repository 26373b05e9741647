using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Tickets.Mapping;
using static IncidentWorkflows.Persistence.ProcessConfiguration.ConfigurationIssues;
using Kinds = IncidentWorkflows.Persistence.ProcessConfiguration.ConfigurationKinds;

namespace IncidentWorkflows.Persistence.ProcessConfiguration;

/// <summary>
/// Checks the five documents together, because they refer to each other: routing, policies and the escalation matrix
/// name categories, policies name calendars. A change is accepted only when the whole set is still usable: every
/// category routes to an L1 group and every ticket finds an SLA policy, so intake never fails on configuration.
/// </summary>
internal static partial class ConfigurationValidator
{
    public static ConfigurationIssues Validate(DocumentSet set)
    {
        var issues = new ConfigurationIssues();
        CheckCategories(set, issues);
        CheckRouting(set, issues);
        CheckCalendars(set, issues);
        CheckPolicies(set, issues);
        CheckEscalation(set, issues);
        return issues;
    }

    private static void CheckCategories(DocumentSet set, ConfigurationIssues issues)
    {
        if (set.Categories.Count == 0)
            issues.Add(Kinds.Categories, ConfigurationRules.Required, "At least one category is needed to log tickets.");
        for (var i = 0; i < set.Categories.Count; i++)
        {
            var category = set.Categories[i];
            CheckName(category.Name, At(Kinds.Categories, i, "name"), "A category", issues);
            var subcategories = category.Subcategories ?? [];
            for (var j = 0; j < subcategories.Count; j++)
                CheckName(subcategories[j], At(Kinds.Categories, i, $"subcategories[{j}]"), "A subcategory", issues);
            foreach (var duplicate in Duplicates(subcategories))
                issues.Add(At(Kinds.Categories, i, "subcategories"), ConfigurationRules.DuplicateId, $"Subcategory '{duplicate}' of {category.Name} is listed more than once.");
        }

        foreach (var duplicate in Duplicates(set.Categories.Select(category => category.Name)))
            issues.Add(Kinds.Categories, ConfigurationRules.DuplicateId, $"Category '{duplicate}' is listed more than once.");
    }

    private static void CheckRouting(DocumentSet set, ConfigurationIssues issues)
    {
        for (var i = 0; i < set.RoutingRules.Count; i++)
        {
            var rule = set.RoutingRules[i];
            CheckName(rule.Group, At(Kinds.RoutingRules, i, "group"), "A routing rule's group", issues);
            CheckLevel(rule.Level, At(Kinds.RoutingRules, i, "level"), issues);
            CheckCategoryReference(set, rule.Category, rule.Subcategory, At(Kinds.RoutingRules, i), issues);
        }

        var routing = new Incidents.Triage.RoutingTable(set.RoutingRules.Select(rule => rule.ToDomain()));
        foreach (var category in set.Categories.Where(category => !string.IsNullOrWhiteSpace(category.Name)))
        {
            foreach (var subcategory in (category.Subcategories ?? []).Prepend(null))
            {
                if (routing.L1GroupFor(category.Name, subcategory) is null)
                {
                    var what = subcategory is null ? category.Name : $"{category.Name} / {subcategory}";
                    issues.Add(Kinds.RoutingRules, RuleIds.NoRoutingRule, $"No L1 group handles {what}; add a rule for it or a catch-all L1 rule.");
                    break;
                }
            }
        }
    }

    private static void CheckEscalation(DocumentSet set, ConfigurationIssues issues)
    {
        for (var i = 0; i < set.EscalationMatrix.Count; i++)
        {
            var entry = set.EscalationMatrix[i];
            CheckCategoryReference(set, entry.Category, null, At(Kinds.EscalationMatrix, i), issues);
            if (entry.Severity is { } severity && !Enum.IsDefined(severity))
                issues.Add(At(Kinds.EscalationMatrix, i, "severity"), ConfigurationRules.InvalidValue, $"{severity} is not a severity; use S1–S4.");
            if (entry.Level is { } level)
                CheckLevel(level, At(Kinds.EscalationMatrix, i, "level"), issues);
            if (entry.Recipients is null || entry.Recipients.Count == 0)
                issues.Add(At(Kinds.EscalationMatrix, i, "recipients"), ConfigurationRules.Required, "An escalation entry names at least one recipient.");
            else if (entry.Recipients.Any(recipient => recipient is null || string.IsNullOrWhiteSpace(recipient.Value) || !Enum.IsDefined(recipient.Kind)))
                issues.Add(At(Kinds.EscalationMatrix, i, "recipients"), ConfigurationRules.InvalidValue, "Every recipient has a kind (User, Group, Role, Email) and a value.");
        }
    }

    private static void CheckCategoryReference(DocumentSet set, string? category, string? subcategory, string path, ConfigurationIssues issues)
    {
        if (string.IsNullOrWhiteSpace(category))
        {
            if (!string.IsNullOrWhiteSpace(subcategory))
                issues.Add($"{path}.category", ConfigurationRules.Required, "A subcategory is named together with its category.");
            return;
        }

        var node = set.Categories.FirstOrDefault(c => string.Equals(c.Name, category, StringComparison.OrdinalIgnoreCase));
        if (node is null)
        {
            issues.Add($"{path}.category", RuleIds.UnknownCategory,
                $"{path} names category '{category}', which is not in the category tree; add the category first, or change this reference before removing it.");
        }
        else if (!string.IsNullOrWhiteSpace(subcategory) && !(node.Subcategories ?? []).Contains(subcategory, StringComparer.OrdinalIgnoreCase))
        {
            issues.Add($"{path}.subcategory", RuleIds.UnknownCategory, $"{path} names subcategory '{subcategory}', which {node.Name} does not have.");
        }
    }

    private static void CheckLevel(SupportLevel level, string path, ConfigurationIssues issues)
    {
        if (!Enum.IsDefined(level))
            issues.Add(path, ConfigurationRules.InvalidValue, $"{level} is not a support level; use L1–L4.");
    }

    private static void CheckName(string? name, string path, string what, ConfigurationIssues issues)
    {
        if (string.IsNullOrWhiteSpace(name))
            issues.Add(path, ConfigurationRules.Required, $"{what} needs a name.");
        else if (name.Length > TicketLimits.Name)
            issues.Add(path, ConfigurationRules.TooLong, $"{what} name has at most {TicketLimits.Name} characters.");
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string?> names) =>
        names.Where(name => !string.IsNullOrWhiteSpace(name))
            .GroupBy(name => name!, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key);
}
