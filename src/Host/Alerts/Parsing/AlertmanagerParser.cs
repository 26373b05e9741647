using System.Text.Json;
using IncidentWorkflows.Persistence.Alerts;
using static IncidentWorkflows.Host.Alerts.Parsing.PayloadReader;

namespace IncidentWorkflows.Host.Alerts.Parsing;

/// <summary>
/// Prometheus Alertmanager's webhook (version 4): a group of alerts with a groupKey; each alert has its labels,
/// annotations, times and fingerprint (the dedup key). endsAt is the zero time while an alert fires. truncatedAlerts
/// counts alerts Alertmanager left out because of its max_alerts; they arrive in later notifications.
/// </summary>
public sealed class AlertmanagerParser : IAlertParser
{
    public AlertSource Source => AlertSource.Alertmanager;

    public AlertBatch Parse(JsonElement body)
    {
        Object(body, "");
        var version = Text(body, "", "version", required: true);
        if (version != "4")
            throw PayloadProblem.At("version", PayloadProblem.InvalidValue, $"Alertmanager webhook version '{version}' is not supported; expected \"4\".");
        return WebhookGroup.Read(body, requireGroupKey: true, grafana: false);
    }
}

/// <summary>The alert group shape Alertmanager and Grafana share.</summary>
internal static class WebhookGroup
{
    private static readonly string[] States = ["firing", "resolved"];

    public static AlertBatch Read(JsonElement body, bool requireGroupKey, bool grafana)
    {
        OneOf(body, "", "status", States);
        var groupKey = String(body, "", "groupKey", required: requireGroupKey);
        var truncated = Int(body, "", "truncatedAlerts") ?? 0;
        if (truncated < 0)
            throw PayloadProblem.At("truncatedAlerts", PayloadProblem.InvalidValue, "truncatedAlerts cannot be negative.");

        var alerts = new List<CanonicalAlert>();
        var index = 0;
        foreach (var element in Array(body, "", "alerts"))
            alerts.Add(ReadAlert(Object(element, JsonPath.Of("alerts", index)), JsonPath.Of("alerts", index++), groupKey, grafana));
        return new AlertBatch(alerts, truncated);
    }

    private static CanonicalAlert ReadAlert(JsonElement alert, string path, string? groupKey, bool grafana)
    {
        var state = OneOf(alert, path, "status", States);
        var labels = StringMap(alert, path, "labels", required: true);
        var details = StringMap(alert, path, "annotations");
        var fingerprint = String(alert, path, "fingerprint", required: true)!;
        if (grafana)
            GrafanaExtras.Add(alert, path, details);
        return new CanonicalAlert
        {
            SourceKey = fingerprint,
            State = state == "resolved" ? AlertState.Resolved : AlertState.Firing,
            Title = details.GetValueOrDefault("summary") ?? labels.GetValueOrDefault("alertname") ?? fingerprint,
            Description = details.GetValueOrDefault("description") ?? "",
            Severity = labels.GetValueOrDefault("severity"),
            Labels = labels,
            Details = details,
            StartsAt = Time(alert, path, "startsAt"),
            EndsAt = Time(alert, path, "endsAt"),
            Link = String(alert, path, "generatorURL") is { Length: > 0 } link ? link : null,
            SourceGroupKey = groupKey,
        };
    }
}
