using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Persistence.ProcessConfiguration.Documents;

/// <summary>A category of the tree with its subcategories; security categories follow the security procedure.</summary>
public sealed record CategoryDocument(string Name, IReadOnlyList<string>? Subcategories = null, bool IsSecurity = false)
{
    public static CategoryDocument From(CategoryNode node) => new(node.Name, node.Subcategories, node.IsSecurity);

    public CategoryNode ToDomain() => new(Name, Subcategories ?? []) { IsSecurity = IsSecurity };
}
