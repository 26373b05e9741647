namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>A category and optional subcategory that exist in the tree.</summary>
public sealed record CategoryPath(string Category, string? Subcategory, bool IsSecurity)
{
    public override string ToString() => Subcategory is null ? Category : $"{Category} / {Subcategory}";
}
