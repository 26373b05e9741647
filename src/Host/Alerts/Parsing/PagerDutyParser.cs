using System.Text.Json;
using IncidentWorkflows.Persistence.Alerts;
using static IncidentWorkflows.Host.Alerts.Parsing.PayloadReader;

namespace IncidentWorkflows.Host.Alerts.Parsing;

/// <summary>
/// PagerDuty Events API v2: one event per request, <c>trigger</c>, <c>acknowledge</c> or <c>resolve</c>, keyed by
/// dedup_key. A trigger carries the payload (summary, source, severity required, as PagerDuty requires them); a trigger
/// without a dedup_key is a new alert whose key the answer returns, as PagerDuty does. routing_key is not needed: the
/// integration's own key authenticates.
/// </summary>
public sealed class PagerDutyParser : IAlertParser
{
    private static readonly string[] Actions = ["trigger", "acknowledge", "resolve"];
    private static readonly string[] Severities = ["critical", "error", "warning", "info"];

    public AlertSource Source => AlertSource.PagerDuty;

    public AlertBatch Parse(JsonElement body)
    {
        Object(body, "");
        var action = OneOf(body, "", "event_action", Actions);
        var dedupKey = String(body, "", "dedup_key", required: action != "trigger") ?? Guid.NewGuid().ToString("N");
        var link = String(body, "", "client_url");
        if (action != "trigger")
            return new AlertBatch([new CanonicalAlert { SourceKey = dedupKey, State = action == "resolve" ? AlertState.Resolved : AlertState.Acknowledged, Title = dedupKey, Link = link }]);

        var payload = Object(Property(body, "", "payload", true)!.Value, "payload");
        var labels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["source"] = String(payload, "payload", "source", required: true)!,
            ["severity"] = OneOf(payload, "payload", "severity", Severities),
        };
        foreach (var name in new[] { "component", "group", "class" })
        {
            if (String(payload, "payload", name) is { Length: > 0 } value)
                labels[name] = value;
        }

        if (String(body, "", "client") is { Length: > 0 } client)
            labels["client"] = client;
        var details = new Dictionary<string, string>();
        if (Property(payload, "payload", "custom_details", false) is { } custom)
            details["custom_details"] = custom.GetRawText();
        return new AlertBatch([new CanonicalAlert
        {
            SourceKey = dedupKey,
            State = AlertState.Firing,
            Title = String(payload, "payload", "summary", required: true)!,
            Severity = labels["severity"],
            Labels = labels,
            Details = details,
            StartsAt = Time(payload, "payload", "timestamp"),
            Link = link ?? FirstLink(body),
        }]);
    }

    private static string? FirstLink(JsonElement body) =>
        Property(body, "", "links", false) is { ValueKind: JsonValueKind.Array } links && links.GetArrayLength() > 0
        && links[0].ValueKind == JsonValueKind.Object ? String(links[0], "links[0]", "href") : null;
}
