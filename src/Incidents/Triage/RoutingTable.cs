using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Triage;

/// <summary>
/// Category → support group per level: L1 for the automatic routing after categorization (process.md §3), the
/// higher levels for functional escalation.
/// </summary>
public sealed class RoutingTable(IEnumerable<RoutingRule> rules)
{
    private readonly RoutingRule[] rules = [.. rules];

    public IReadOnlyList<RoutingRule> Rules => rules;

    public static RoutingTable Defaults { get; } = new(DefaultRouting.Rules);

    public string? L1GroupFor(string category, string? subcategory) => GroupFor(category, subcategory, SupportLevel.L1);

    /// <summary>The group of the most specific matching rule; among equally specific rules the first configured wins.</summary>
    public string? GroupFor(string category, string? subcategory, SupportLevel level) =>
        rules
            .Where(rule => rule.Level == level)
            .Select(rule => (rule, specificity: rule.SpecificityFor(category, subcategory)))
            .Where(match => match.specificity >= 0)
            .OrderByDescending(match => match.specificity)
            .Select(match => match.rule.GroupId)
            .FirstOrDefault();
}
