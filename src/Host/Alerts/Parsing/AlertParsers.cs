using System.Text.Json;
using IncidentWorkflows.Persistence.Alerts;

namespace IncidentWorkflows.Host.Alerts.Parsing;

/// <summary>The parser of each source; unreadable JSON is a 400 <c>invalid-json</c> before any source looks at it.</summary>
public sealed class AlertParsers(IEnumerable<IAlertParser> parsers)
{
    private readonly Dictionary<AlertSource, IAlertParser> _bySource = parsers.ToDictionary(p => p.Source);

    // Deep enough for any real webhook; a body nested deeper is refused rather than walked.
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32 };

    public AlertBatch Parse(AlertSource source, ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, Options);
        }
        catch (JsonException e)
        {
            throw PayloadProblem.At("body", PayloadProblem.InvalidJson, $"The body is not valid JSON: {e.Message}");
        }

        using (document)
            return _bySource[source].Parse(document.RootElement);
    }
}
