using System.Text.Json;
using IncidentWorkflows.Persistence.Alerts;

namespace IncidentWorkflows.Host.Alerts.Parsing;

/// <summary>Turns one source's webhook body into canonical alerts, or throws a 400 naming the field.</summary>
public interface IAlertParser
{
    AlertSource Source { get; }

    AlertBatch Parse(JsonElement body);
}
