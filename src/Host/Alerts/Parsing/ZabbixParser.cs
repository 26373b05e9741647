using System.Text.Json;
using IncidentWorkflows.Persistence.Alerts;
using static IncidentWorkflows.Host.Alerts.Parsing.PayloadReader;

namespace IncidentWorkflows.Host.Alerts.Parsing;

/// <summary>
/// The JSON our Zabbix media type (<c>docs/zabbix/incidentworkflows-media-type.yaml</c>) sends: event_id (the dedup key;
/// a recovery carries its problem's id), event_value 1 = problem, 0 = recovery, severity 0–5, host, subject, message,
/// tags as <c>name:value,...</c>. An update (update = 1) of a problem counts as a repeat.
/// </summary>
public sealed class ZabbixParser : IAlertParser
{
    private static readonly string[] Values = ["1", "0"];
    private static readonly string[] SeverityNames = ["Not classified", "Information", "Warning", "Average", "High", "Disaster"];

    public AlertSource Source => AlertSource.Zabbix;

    public AlertBatch Parse(JsonElement body)
    {
        Object(body, "");
        var eventId = Text(body, "", "event_id", required: true)!;
        var value = OneOf(body, "", "event_value", Values);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        string? severity = null;
        if (Text(body, "", "severity") is { Length: > 0 } level)
        {
            if (!int.TryParse(level, out var number) || number is < 0 or > 5)
                throw PayloadProblem.At("severity", PayloadProblem.InvalidValue, $"severity is '{level}'; Zabbix severities are 0 to 5.");
            severity = SeverityNames[number];
            labels["severity"] = severity;
        }

        if (String(body, "", "host") is { Length: > 0 } host)
            labels["host"] = host;
        if (Text(body, "", "trigger_id") is { Length: > 0 } trigger)
            labels["trigger_id"] = trigger;
        AddTags(labels, String(body, "", "tags"));
        var subject = String(body, "", "subject");
        return new AlertBatch([new CanonicalAlert
        {
            SourceKey = eventId,
            State = value == "0" ? AlertState.Resolved : AlertState.Firing,
            Title = string.IsNullOrWhiteSpace(subject) ? $"Zabbix event {eventId}" : subject,
            Description = String(body, "", "message") ?? "",
            Severity = severity,
            Labels = labels,
            Link = String(body, "", "url") is { Length: > 0 } url ? url : null,
        }]);
    }
}
