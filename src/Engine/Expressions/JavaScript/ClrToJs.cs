using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Values;
using Jint;
using Jint.Native;

namespace IncidentWorkflows.Engine.Expressions.JavaScript;

/// <summary>
/// Copies a workflow value into plain JavaScript values (objects, arrays, primitives, dates). Nothing is wrapped, so a
/// script can never reach a CLR member through a value it was given, and changing the copy never changes the workflow.
/// </summary>
internal static class ClrToJs
{
    /// <summary>Same depth System.Text.Json accepts by default, so every value a script sees could also be stored.</summary>
    public const int MaxDepth = 64;

    public static JsValue Convert(Jint.Engine engine, object? value) => Convert(engine, value, 0);

    private static JsValue Convert(Jint.Engine engine, object? value, int depth)
    {
        switch (value)
        {
            case null:
                return JsValue.Null;
            case string s:
                return JsString.Create(s);
            case bool b:
                return b ? JsBoolean.True : JsBoolean.False;
            case long l:
                return JsNumber.Create(l);
            case int i:
                return JsNumber.Create(i);
            case double d:
                return JsNumber.Create(d);
            case decimal m:
                return JsNumber.Create(m);
            case float or short or byte or sbyte or ushort or uint or ulong:
                return JsNumber.Create(System.Convert.ToDouble(value, CultureInfo.InvariantCulture));
            case DateTimeOffset dto:
                return new JsDate(engine, dto);
            case DateTime dt:
                return new JsDate(engine, dt);
            case TimeSpan or Guid or Enum:
                return JsString.Create(ValueConverter.ToText(value));
            case JsonNode or JsonElement:
                return Convert(engine, ValueConverter.Normalize(value), depth);
        }

        if (depth >= MaxDepth)
            throw new ExpressionEvaluationException($"A value passed to the script is nested deeper than {MaxDepth} levels.");

        switch (value)
        {
            case IDictionary<string, object?> dictionary:
                var obj = new JsObject(engine);
                foreach (var (key, item) in dictionary)
                    obj.FastSetDataProperty(key, Convert(engine, item, depth + 1));
                return obj;
            case IDictionary other:
                var converted = new JsObject(engine);
                foreach (DictionaryEntry entry in other)
                    converted.FastSetDataProperty(System.Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "", Convert(engine, entry.Value, depth + 1));
                return converted;
            case IEnumerable enumerable:
                var items = new List<JsValue>();
                foreach (var item in enumerable)
                    items.Add(Convert(engine, item, depth + 1));
                return new JsArray(engine, [.. items]);
            default:
                // Any other CLR object (a record an activity produced) crosses as its JSON shape, never as a live object.
                return Convert(engine, JsonValues.FromNode(JsonValues.ToNode(value)), depth);
        }
    }
}
