using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncidentWorkflows.Host.Cli;

/// <summary>JSON for terminals and pipelines: camelCase, enums as words, no HTML-safe escaping of quotes or '+'.</summary>
public static class CliJson
{
    public static readonly JsonSerializerOptions Indented = Create(indented: true);

    public static readonly JsonSerializerOptions Compact = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented) => new(JsonSerializerDefaults.Web)
    {
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
