using System.Text.Json;
using IncidentWorkflows.Persistence.Alerts;
using static IncidentWorkflows.Host.Alerts.Parsing.PayloadReader;

namespace IncidentWorkflows.Host.Alerts.Parsing;

/// <summary>
/// Our own JSON for anything else (README, "Generic JSON"): key, status (firing, resolved, acknowledged), title,
/// and optionally description, severity, labels, details, startsAt, link and group (alerts sharing a group can be
/// grouped into one incident with <c>groupBy: source</c>).
/// </summary>
public sealed class GenericParser : IAlertParser
{
    private static readonly string[] States = ["firing", "resolved", "acknowledged"];

    public AlertSource Source => AlertSource.Generic;

    public AlertBatch Parse(JsonElement body)
    {
        Object(body, "");
        var key = Text(body, "", "key", required: true)!;
        var state = OneOf(body, "", "status", States);
        return new AlertBatch([new CanonicalAlert
        {
            SourceKey = key,
            State = state switch { "resolved" => AlertState.Resolved, "acknowledged" => AlertState.Acknowledged, _ => AlertState.Firing },
            Title = String(body, "", "title", required: state == "firing") ?? key,
            Description = String(body, "", "description") ?? "",
            Severity = String(body, "", "severity"),
            Labels = StringMap(body, "", "labels"),
            Details = StringMap(body, "", "details"),
            StartsAt = Time(body, "", "startsAt"),
            Link = String(body, "", "link"),
            SourceGroupKey = String(body, "", "group"),
        }]);
    }
}
