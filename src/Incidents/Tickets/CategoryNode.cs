namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>
/// A category (the IT service or business area disrupted) and its subcategories. Tickets in a security category
/// follow the security procedure and need a root cause analysis before closing.
/// </summary>
public sealed record CategoryNode(string Name, IReadOnlyList<string> Subcategories)
{
    public bool IsSecurity { get; init; }

    public bool HasSubcategory(string name) =>
        Subcategories.Any(subcategory => string.Equals(subcategory, name, StringComparison.OrdinalIgnoreCase));
}
