using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Triage;

/// <summary>
/// Which support group handles a category at a support level. A null category or subcategory matches any;
/// the most specific rule wins (subcategory, then category, then the catch-all).
/// </summary>
public sealed record RoutingRule(string? Category, string? Subcategory, SupportLevel Level, string GroupId)
{
    internal int SpecificityFor(string category, string? subcategory)
    {
        if (Category is not null && !string.Equals(Category, category, StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        if (Subcategory is not null && !string.Equals(Subcategory, subcategory, StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        return (Category is null ? 0 : 1) + (Subcategory is null ? 0 : 1);
    }
}
