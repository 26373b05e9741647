using System.Text;

namespace IncidentWorkflows.Persistence.Alerts.Integrations;

/// <summary>
/// The incident an alert belongs to. Without grouping each alert is its own incident (its source key); <c>source</c>
/// uses the source's group key; anything else is a template whose <c>{label}</c> placeholders take the alert's labels.
/// </summary>
public static class GroupingKey
{
    public const string Source = "source";

    public static string For(string? groupBy, CanonicalAlert alert)
    {
        if (string.IsNullOrWhiteSpace(groupBy))
            return "alert:" + alert.SourceKey;
        if (groupBy == Source)
            return alert.SourceGroupKey is { Length: > 0 } key ? "group:" + key : "alert:" + alert.SourceKey;
        return "group:" + Expand(groupBy, alert.Labels);
    }

    /// <summary>Null when the template can be used; otherwise why not.</summary>
    public static string? Problem(string? groupBy)
    {
        if (string.IsNullOrWhiteSpace(groupBy) || groupBy == Source)
            return null;
        var open = 0;
        foreach (var c in groupBy)
        {
            open += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (open is < 0 or > 1)
                return "Placeholders are {label}, not nested or unbalanced.";
        }

        return open == 0 && groupBy.Contains('{', StringComparison.Ordinal) ? null : "A grouping template names at least one {label}, balanced.";
    }

    private static string Expand(string template, IReadOnlyDictionary<string, string> labels)
    {
        var text = new StringBuilder();
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (close < 0)
                return text.Append(template, at, template.Length - at).ToString();
            text.Append(template, at, open - at).Append(labels.GetValueOrDefault(template[(open + 1)..close]) ?? "");
            at = close + 1;
        }

        return text.ToString();
    }
}
