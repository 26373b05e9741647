using System.Text.Json;
using IncidentWorkflows.Persistence.Alerts;
using static IncidentWorkflows.Host.Alerts.Parsing.PayloadReader;

namespace IncidentWorkflows.Host.Alerts.Parsing;

/// <summary>
/// The body of our recommended Datadog webhook template (README): alert_cycle_key (the dedup key: one per
/// trigger-to-recovery cycle of a monitor) and alert_transition (Recovered resolves; every other transition fires),
/// with title, body, priority, tags as <c>name:value,...</c> and the monitor link.
/// </summary>
public sealed class DatadogParser : IAlertParser
{
    private static readonly string[] Transitions = ["Triggered", "Re-Triggered", "Warn", "Re-Warn", "No Data", "Re-No Data", "Renotify", "Recovered"];

    public AlertSource Source => AlertSource.Datadog;

    public AlertBatch Parse(JsonElement body)
    {
        Object(body, "");
        var cycleKey = Text(body, "", "alert_cycle_key", required: true)!;
        var transition = OneOf(body, "", "alert_transition", Transitions);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in new[] { "alert_id", "alert_priority", "alert_type", "alert_metric", "alert_scope", "event_type", "host_name" })
        {
            if (Text(body, "", name) is { Length: > 0 } value)
                labels[name] = value;
        }

        AddTags(labels, String(body, "", "tags"));
        var title = String(body, "", "alert_title") ?? String(body, "", "title");
        return new AlertBatch([new CanonicalAlert
        {
            SourceKey = cycleKey,
            State = transition == "Recovered" ? AlertState.Resolved : AlertState.Firing,
            Title = string.IsNullOrWhiteSpace(title) ? $"Datadog monitor {labels.GetValueOrDefault("alert_id") ?? cycleKey}" : title,
            Description = String(body, "", "body") ?? "",
            Severity = labels.GetValueOrDefault("alert_priority") ?? labels.GetValueOrDefault("alert_type"),
            Labels = labels,
            Link = String(body, "", "link") is { Length: > 0 } link ? link : null,
        }]);
    }
}
