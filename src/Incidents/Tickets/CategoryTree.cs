namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>The configurable two-level category tree; names compare case-insensitively and come back as configured.</summary>
public sealed class CategoryTree(IEnumerable<CategoryNode> categories)
{
    private readonly CategoryNode[] categories = [.. categories];

    public IReadOnlyList<CategoryNode> Categories => categories;

    public static CategoryTree Defaults { get; } = new(DefaultCategories.Nodes);

    public CategoryNode? Find(string name) =>
        categories.FirstOrDefault(category => string.Equals(category.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The category and subcategory as spelled in the tree, or a refusal naming what is unknown.</summary>
    public Outcome<CategoryPath> Resolve(string category, string? subcategory)
    {
        var node = Find(category);
        if (node is null)
        {
            return Outcome<CategoryPath>.Refused(new(RuleIds.UnknownCategory,
                $"'{category}' is not a category; known categories: {string.Join(", ", categories.Select(c => c.Name))}."));
        }

        if (string.IsNullOrWhiteSpace(subcategory))
        {
            return Outcome<CategoryPath>.Accepted(new CategoryPath(node.Name, null, node.IsSecurity));
        }

        var canonical = node.Subcategories.FirstOrDefault(s => string.Equals(s, subcategory, StringComparison.OrdinalIgnoreCase));
        return canonical is null
            ? Outcome<CategoryPath>.Refused(new(RuleIds.UnknownCategory, $"'{subcategory}' is not a subcategory of {node.Name}."))
            : Outcome<CategoryPath>.Accepted(new CategoryPath(node.Name, canonical, node.IsSecurity));
    }
}
