using System.Globalization;
using System.Text.Json;
using IncidentWorkflows.Persistence.Alerts;
using static IncidentWorkflows.Host.Alerts.Parsing.PayloadReader;

namespace IncidentWorkflows.Host.Alerts.Parsing;

/// <summary>
/// Grafana alerting's webhook contact point (version "1"): Alertmanager's group shape plus orgId, and per alert the
/// query values, silenceURL, dashboardURL and panelURL. The deprecated title, state and message are not needed.
/// </summary>
public sealed class GrafanaParser : IAlertParser
{
    public AlertSource Source => AlertSource.Grafana;

    public AlertBatch Parse(JsonElement body)
    {
        Object(body, "");
        var version = Text(body, "", "version", required: true);
        if (version != "1")
            throw PayloadProblem.At("version", PayloadProblem.InvalidValue, $"Grafana webhook version '{version}' is not supported; expected \"1\".");
        Int(body, "", "orgId");
        return WebhookGroup.Read(body, requireGroupKey: false, grafana: true);
    }
}

/// <summary>Grafana's per-alert additions, kept with the alert's details (values as <c>value.B</c>).</summary>
internal static class GrafanaExtras
{
    public static void Add(JsonElement alert, string path, Dictionary<string, string> details)
    {
        foreach (var link in new[] { "silenceURL", "dashboardURL", "panelURL", "valueString" })
        {
            if (String(alert, path, link) is { Length: > 0 } text)
                details[link] = text;
        }

        if (Property(alert, path, "values", false) is not { } values)
            return;
        var valuesPath = JsonPath.Of(path, "values");
        foreach (var value in Object(values, valuesPath).EnumerateObject())
        {
            if (value.Value.ValueKind != JsonValueKind.Number)
                throw PayloadProblem.At(JsonPath.Of(valuesPath, value.Name), PayloadProblem.WrongType, $"{JsonPath.Of(valuesPath, value.Name)} must be a number.");
            details["value." + value.Name] = value.Value.GetDouble().ToString(CultureInfo.InvariantCulture);
        }
    }
}
