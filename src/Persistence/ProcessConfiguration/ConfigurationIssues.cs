using IncidentWorkflows.Engine.Validation;

namespace IncidentWorkflows.Persistence.ProcessConfiguration;

/// <summary>Problems found in a configuration, each with its rule and the path of the offending value (<c>sla-policies[2].targets.calendar</c>).</summary>
internal sealed class ConfigurationIssues
{
    private readonly List<ValidationIssue> items = [];

    public IReadOnlyList<ValidationIssue> Items => items;

    public void Add(string path, string rule, string message) =>
        items.Add(new ValidationIssue(ValidationSeverity.Error, rule, message, Property: path));

    public static string At(string kind, int index, string? member = null) =>
        member is null ? $"{kind}[{index}]" : $"{kind}[{index}].{member}";
}
