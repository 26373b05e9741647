using System.Text.Json.Nodes;

namespace IncidentWorkflows.Engine.Model;

/// <summary>
/// One activity in a definition as written in JSON. Inputs and any property we do not model stay in
/// <see cref="Properties"/> (original order); nested activities are parsed into <see cref="Activities"/>
/// (containers), <see cref="Slots"/> (single-activity properties such as <c>body</c>) and flowchart <see cref="Connections"/>.
/// </summary>
public sealed class ActivityNode
{
    public string Id { get; set; } = "";
    public string Type { get; set; } = "";
    public int Version { get; set; } = 1;
    public string? Name { get; set; }
    public JsonObject CustomProperties { get; set; } = [];
    public JsonObject Metadata { get; set; } = [];
    public JsonObject Properties { get; set; } = [];
    public List<ActivityNode>? Activities { get; set; }
    public List<Connection>? Connections { get; set; }
    public Dictionary<string, ActivityNode> Slots { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Name if set, else id: how people and log lines refer to the activity.</summary>
    public string DisplayName => string.IsNullOrEmpty(Name) ? Id : Name;

    /// <summary>Finds a property ignoring case (JSON is camelCase, activity inputs are PascalCase).</summary>
    public JsonNode? GetProperty(string name)
    {
        if (Properties.TryGetPropertyValue(name, out var value))
            return value;

        foreach (var (key, node) in Properties)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                return node;
        }

        return null;
    }

    public bool HasProperty(string name) =>
        Properties.Any(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every activity directly nested in this one: slots first, then container members.</summary>
    public IEnumerable<ActivityNode> Children()
    {
        foreach (var slot in Slots.Values)
            yield return slot;
        if (Activities is not null)
        {
            foreach (var child in Activities)
                yield return child;
        }
    }

    /// <summary>This node and all nodes below it, depth first, without recursion.</summary>
    public IEnumerable<ActivityNode> Descendants()
    {
        var stack = new Stack<ActivityNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in node.Children().Reverse())
                stack.Push(child);
        }
    }
}
