using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncidentWorkflows.Persistence.Tickets.Mapping;

/// <summary>
/// How domain values are written into JSON columns and documents: camelCase, enums by name (so reordering an enum
/// never changes stored meaning), nulls left out to keep rows small.
/// </summary>
internal static class StoredJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"A stored {typeof(T).Name} document is null.");
}
