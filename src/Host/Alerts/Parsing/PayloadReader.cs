using System.Globalization;
using System.Text.Json;

namespace IncidentWorkflows.Host.Alerts.Parsing;

/// <summary>
/// Typed reads of a JSON payload that fail with the field's path: a required field missing is <c>required</c>, a value of
/// the wrong JSON type <c>wrong-type</c>, a well-typed value out of its set <c>invalid-value</c>. Null reads as missing.
/// </summary>
internal static class PayloadReader
{
    public static JsonElement Object(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw PayloadProblem.At(path.Length == 0 ? "body" : path, PayloadProblem.WrongType, $"{Name(path)} must be a JSON object.");
        return element;
    }

    public static JsonElement? Property(JsonElement parent, string parentPath, string name, bool required)
    {
        if (parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
            return value;
        if (required)
            throw PayloadProblem.At(JsonPath.Of(parentPath, name), PayloadProblem.Required, $"{JsonPath.Of(parentPath, name)} is required.");
        return null;
    }

    public static string? String(JsonElement parent, string parentPath, string name, bool required = false)
    {
        if (Property(parent, parentPath, name, required) is not { } value)
            return null;
        if (value.ValueKind != JsonValueKind.String)
            throw PayloadProblem.At(JsonPath.Of(parentPath, name), PayloadProblem.WrongType, $"{JsonPath.Of(parentPath, name)} must be a string.");
        var text = value.GetString()!;
        if (required && string.IsNullOrWhiteSpace(text))
            throw PayloadProblem.At(JsonPath.Of(parentPath, name), PayloadProblem.Required, $"{JsonPath.Of(parentPath, name)} must not be empty.");
        return text;
    }

    /// <summary>A string, or a number taken as its text: template-built payloads (Zabbix, Datadog) quote or do not quote ids.</summary>
    public static string? Text(JsonElement parent, string parentPath, string name, bool required = false)
    {
        if (Property(parent, parentPath, name, required) is { ValueKind: JsonValueKind.Number } number)
            return number.GetRawText();
        return String(parent, parentPath, name, required);
    }

    public static int? Int(JsonElement parent, string parentPath, string name)
    {
        if (Property(parent, parentPath, name, false) is not { } value)
            return null;
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
            throw PayloadProblem.At(JsonPath.Of(parentPath, name), PayloadProblem.WrongType, $"{JsonPath.Of(parentPath, name)} must be an integer.");
        return number;
    }

    /// <summary>An RFC 3339 time; Alertmanager's zero time (<c>0001-01-01T00:00:00Z</c>, "still firing") reads as none.</summary>
    public static DateTimeOffset? Time(JsonElement parent, string parentPath, string name)
    {
        if (String(parent, parentPath, name) is not { Length: > 0 } text)
            return null;
        if (!DateTimeOffset.TryParse(WithOffsetColon(text), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
            throw PayloadProblem.At(JsonPath.Of(parentPath, name), PayloadProblem.InvalidValue, $"{JsonPath.Of(parentPath, name)} is not a time: '{text}'.");
        return time.Year <= 1 ? null : time;
    }

    public static JsonElement.ArrayEnumerator Array(JsonElement parent, string parentPath, string name)
    {
        var value = Property(parent, parentPath, name, true)!.Value;
        if (value.ValueKind != JsonValueKind.Array)
            throw PayloadProblem.At(JsonPath.Of(parentPath, name), PayloadProblem.WrongType, $"{JsonPath.Of(parentPath, name)} must be an array.");
        return value.EnumerateArray();
    }

    /// <summary>An object of string values (labels, annotations).</summary>
    public static Dictionary<string, string> StringMap(JsonElement parent, string parentPath, string name, bool required = false)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Property(parent, parentPath, name, required) is not { } value)
            return map;
        var path = JsonPath.Of(parentPath, name);
        Object(value, path);
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
                throw PayloadProblem.At(JsonPath.Of(path, property.Name), PayloadProblem.WrongType, $"{JsonPath.Of(path, property.Name)} must be a string.");
            map[property.Name] = property.Value.GetString()!;
        }

        return map;
    }

    /// <summary>One of the given words (case-insensitive), returned as written in <paramref name="allowed"/>.</summary>
    public static string OneOf(JsonElement parent, string parentPath, string name, IReadOnlyList<string> allowed)
    {
        var text = Text(parent, parentPath, name, required: true)!;
        return allowed.FirstOrDefault(a => string.Equals(a, text.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw PayloadProblem.At(JsonPath.Of(parentPath, name), PayloadProblem.InvalidValue, $"{JsonPath.Of(parentPath, name)} is '{text}'; expected one of {string.Join(", ", allowed)}.");
    }

    /// <summary>Tags as Zabbix and Datadog send them, <c>name:value,name:value</c>; a tag without a value is a label with an empty one.</summary>
    public static void AddTags(Dictionary<string, string> labels, string? tags)
    {
        foreach (var tag in (tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = tag.IndexOf(':', StringComparison.Ordinal);
            labels.TryAdd(colon < 0 ? tag : tag[..colon], colon < 0 ? "" : tag[(colon + 1)..]);
        }
    }

    /// <summary>PagerDuty's examples write offsets as <c>+0000</c>; .NET reads <c>+00:00</c>.</summary>
    private static string WithOffsetColon(string text) =>
        text.Length > 5 && text[^5] is '+' or '-' && text[^4..].All(char.IsAsciiDigit) ? $"{text[..^2]}:{text[^2..]}" : text;

    private static string Name(string path) => path.Length == 0 ? "The body" : path;
}
