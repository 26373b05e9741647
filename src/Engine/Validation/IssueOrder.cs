using IncidentWorkflows.Engine.Model;

namespace IncidentWorkflows.Engine.Validation;

/// <summary>
/// A stable, reproducible order for people and for tests: errors before warnings, then definition-level issues,
/// then by the activity's position in the document, property, rule and message. Exact repeats are dropped.
/// </summary>
public static class IssueOrder
{
    public static IReadOnlyList<ValidationIssue> Sort(IEnumerable<ValidationIssue> issues, WorkflowDefinition definition)
    {
        var position = DocumentPositions(definition);
        return issues
            .Distinct()
            .OrderBy(i => i.Severity)
            .ThenBy(i => i.ActivityId is null ? -1 : position.GetValueOrDefault(i.ActivityId, int.MaxValue))
            .ThenBy(i => i.ActivityId, StringComparer.Ordinal)
            .ThenBy(i => i.Property, StringComparer.Ordinal)
            .ThenBy(i => i.Rule, StringComparer.Ordinal)
            .ThenBy(i => i.Message, StringComparer.Ordinal)
            .ToList();
    }

    private static Dictionary<string, int> DocumentPositions(WorkflowDefinition definition)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        if (definition.Root is null)
            return positions;
        var index = 0;
        foreach (var node in definition.Root.Descendants())
            positions.TryAdd(node.Id, index++);
        return positions;
    }
}
