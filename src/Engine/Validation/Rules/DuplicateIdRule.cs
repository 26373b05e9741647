namespace IncidentWorkflows.Engine.Validation.Rules;

/// <summary>
/// Activity ids must be unique in the whole definition, nested flowcharts included: bookmarks, journal entries
/// and the designer address activities by id alone. Workflows used as activities have ids of their own and are not looked into.
/// </summary>
public sealed class DuplicateIdRule : IValidationRule
{
    public string Name => "duplicate ids";

    public void Check(ValidationContext context)
    {
        if (context.Definition.Root is null)
            return;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in context.Definition.Root.Descendants())
        {
            var count = seen.GetValueOrDefault(node.Id) + 1;
            seen[node.Id] = count;
            if (count == 2)
                context.Error(ValidationRules.DuplicateActivityId, $"Activity id '{node.Id}' is used by more than one activity in this workflow; ids must be unique.", node.Id, "id");
        }
    }
}
