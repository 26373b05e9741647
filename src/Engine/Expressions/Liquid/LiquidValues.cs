using System.Collections;
using System.Globalization;
using IncidentWorkflows.Engine.Values;
using Scriban.Runtime;

namespace IncidentWorkflows.Engine.Expressions.Liquid;

/// <summary>Copies workflow values into Scriban's own objects and arrays, so no .NET object reaches a template.</summary>
internal static class LiquidValues
{
    private const int MaxDepth = 64;

    public static object? Convert(object? value) => Convert(value, 0);

    private static object? Convert(object? value, int depth)
    {
        value = ValueConverter.Normalize(value);
        switch (value)
        {
            case null or string or bool or long or int or double or decimal:
                return value;
            case DateTimeOffset dto:
                return dto.UtcDateTime;
            case DateTime:
                return value;
            case float or short or byte or sbyte or ushort or uint or ulong:
                return System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
            case TimeSpan or Guid or Enum:
                return ValueConverter.ToText(value);
        }

        if (depth >= MaxDepth)
            throw new ExpressionEvaluationException($"A value passed to the template is nested deeper than {MaxDepth} levels.");

        switch (value)
        {
            case IDictionary<string, object?> dictionary:
                var obj = new ScriptObject(dictionary.Count);
                foreach (var (key, item) in dictionary)
                    obj[key] = Convert(item, depth + 1);
                return obj;
            case IDictionary other:
                var converted = new ScriptObject(other.Count);
                foreach (DictionaryEntry entry in other)
                    converted[System.Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? ""] = Convert(entry.Value, depth + 1);
                return converted;
            case IEnumerable enumerable:
                var array = new ScriptArray();
                foreach (var item in enumerable)
                    array.Add(Convert(item, depth + 1));
                return array;
            default:
                return Convert(JsonValues.FromNode(JsonValues.ToNode(value)), depth);
        }
    }
}
