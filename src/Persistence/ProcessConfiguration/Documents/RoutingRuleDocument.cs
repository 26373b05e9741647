using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Triage;

namespace IncidentWorkflows.Persistence.ProcessConfiguration.Documents;

/// <summary>Which group handles a category (and subcategory) at a support level; no category means every category.</summary>
public sealed record RoutingRuleDocument(string? Category, string? Subcategory, SupportLevel Level, string Group)
{
    public static RoutingRuleDocument From(RoutingRule rule) => new(rule.Category, rule.Subcategory, rule.Level, rule.GroupId);

    public RoutingRule ToDomain() => new(Category, Subcategory, Level, Group);
}
