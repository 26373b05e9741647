using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncidentWorkflows.Host.Notifications;

/// <summary>
/// How notification payloads are read and written: camelCase, case-insensitive, unknown fields ignored, so a producer
/// may add fields without breaking delivery of messages already queued.
/// </summary>
public static class NotificationJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads a payload; a malformed one is an <see cref="InvalidNotificationException"/> naming the kind.</summary>
    public static T Read<T>(string json, string kind)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidNotificationException($"The '{kind}' payload is null.");
        }
        catch (JsonException e)
        {
            throw new InvalidNotificationException($"The '{kind}' payload is not valid: {e.Message}", e);
        }
    }
}
