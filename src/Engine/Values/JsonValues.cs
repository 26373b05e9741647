using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentWorkflows.Engine.Values;

/// <summary>
/// Moves workflow values between JSON and plain CLR objects. In memory, a value is null, string, bool, long, double,
/// decimal, a date/time, <see cref="Dictionary{TKey,TValue}"/> of string to value, or <see cref="List{T}"/> of values.
/// </summary>
public static class JsonValues
{
    public static object? FromNode(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj:
                var dict = new Dictionary<string, object?>(obj.Count, StringComparer.Ordinal);
                foreach (var (key, value) in obj)
                    dict[key] = FromNode(value);
                return dict;
            case JsonArray array:
                var list = new List<object?>(array.Count);
                foreach (var item in array)
                    list.Add(FromNode(item));
                return list;
            case JsonValue value:
                return FromValue(value);
            default:
                return null;
        }
    }

    public static object? FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => null,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : element.GetDouble(),
        _ => FromNode(JsonNode.Parse(element.GetRawText())),
    };

    private static object? FromValue(JsonValue value)
    {
        if (value.TryGetValue<JsonElement>(out var element))
            return FromElement(element);
        if (value.TryGetValue<string>(out var s))
            return s;
        if (value.TryGetValue<bool>(out var b))
            return b;
        if (value.TryGetValue<long>(out var l))
            return l;
        if (value.TryGetValue<int>(out var i))
            return (long)i;
        if (value.TryGetValue<double>(out var d))
            return d;
        if (value.TryGetValue<decimal>(out var m))
            return m;
        return value.GetValue<object>();
    }

    public static JsonNode? ToNode(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case JsonNode node:
                return node.DeepClone();
            case JsonElement element:
                return JsonNode.Parse(element.GetRawText());
            case string s:
                return JsonValue.Create(s);
            case bool b:
                return JsonValue.Create(b);
            case int i:
                return JsonValue.Create(i);
            case long l:
                return JsonValue.Create(l);
            case double d:
                return double.IsFinite(d) ? JsonValue.Create(d) : JsonValue.Create(d.ToString(CultureInfo.InvariantCulture));
            case float f:
                return JsonValue.Create((double)f);
            case decimal m:
                return JsonValue.Create(m);
            case short or byte or sbyte or ushort or uint:
                return JsonValue.Create(Convert.ToInt64(value, CultureInfo.InvariantCulture));
            case ulong ul:
                return JsonValue.Create(ul);
            case DateTimeOffset dto:
                return JsonValue.Create(dto);
            case DateTime dt:
                return JsonValue.Create(dt);
            case TimeSpan ts:
                return JsonValue.Create(ts.ToString("c", CultureInfo.InvariantCulture));
            case Guid g:
                return JsonValue.Create(g.ToString());
            case Enum e:
                return JsonValue.Create(e.ToString());
            case IDictionary<string, object?> dict:
                var obj = new JsonObject();
                foreach (var (key, item) in dict)
                    obj[key] = ToNode(item);
                return obj;
            case IDictionary dictionary:
                var other = new JsonObject();
                foreach (DictionaryEntry entry in dictionary)
                    other[Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? ""] = ToNode(entry.Value);
                return other;
            case IEnumerable enumerable:
                var array = new JsonArray();
                foreach (var item in enumerable)
                    array.Add(ToNode(item));
                return array;
            default:
                return JsonSerializer.SerializeToNode(value, value.GetType());
        }
    }

    /// <summary>Compact JSON text of a value, for log lines and string conversion of objects.</summary>
    public static string ToJson(object? value) => ToNode(value)?.ToJsonString() ?? "null";
}
