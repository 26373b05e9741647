using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentWorkflows.Engine.Values;

/// <summary>Converts expression results to the type an input declares ("Int32", "Boolean", "String[]", ...).</summary>
public static class ValueConverter
{
    public static T? Convert<T>(object? value) => (T?)Convert(value, typeof(T));

    public static object? Convert(object? value, Type target)
    {
        value = Normalize(value);
        var underlying = Nullable.GetUnderlyingType(target);
        if (value is null)
            return target.IsValueType && underlying is null ? Activator.CreateInstance(target) : null;
        target = underlying ?? target;

        if (target == typeof(object) || target.IsInstanceOfType(value))
            return value;
        if (target == typeof(string))
            return ToText(value);
        if (target == typeof(JsonNode))
            return JsonValues.ToNode(value);
        if (target.IsEnum)
            return value is string name ? Enum.Parse(target, name, ignoreCase: true) : Enum.ToObject(target, System.Convert.ToInt64(value, CultureInfo.InvariantCulture));
        if (target == typeof(bool))
            return value is string b ? bool.Parse(b.Trim()) : System.Convert.ToBoolean(value, CultureInfo.InvariantCulture);
        if (target == typeof(TimeSpan))
            return value is string ts ? TimeSpan.Parse(ts, CultureInfo.InvariantCulture) : TimeSpan.FromMilliseconds(System.Convert.ToDouble(value, CultureInfo.InvariantCulture));
        if (target == typeof(DateTimeOffset))
            return value is string dto ? DateTimeOffset.Parse(dto, CultureInfo.InvariantCulture) : new DateTimeOffset(System.Convert.ToDateTime(value, CultureInfo.InvariantCulture));
        if (target == typeof(Guid))
            return Guid.Parse(ToText(value));
        if (IsNumeric(target))
            return value is string n ? System.Convert.ChangeType(double.Parse(n, CultureInfo.InvariantCulture), target, CultureInfo.InvariantCulture) : System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        if (ElementType(target) is { } elementType)
            return ToCollection(value, target, elementType);
        if (target == typeof(Dictionary<string, object?>) || target == typeof(IDictionary<string, object?>) || target == typeof(IReadOnlyDictionary<string, object?>))
            return value is string json ? Normalize(JsonNode.Parse(json)) : value;
        return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    /// <summary>Turns JSON nodes and elements into plain values; leaves everything else alone.</summary>
    public static object? Normalize(object? value) => value switch
    {
        JsonNode node => JsonValues.FromNode(node),
        JsonElement element => JsonValues.FromElement(element),
        _ => value,
    };

    public static string ToText(object? value) => Normalize(value) switch
    {
        null => "",
        string s => s,
        bool b => b ? "True" : "False",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IDictionary or IList => JsonValues.ToJson(value),
        var other => other.ToString() ?? "",
    };

    /// <summary>Maps Elsa's type names (short or assembly-qualified) to CLR types; unknown names are <c>object</c>.</summary>
    public static Type ResolveTypeName(string? typeName, bool isArray = false)
    {
        var type = ResolveScalar(typeName);
        return isArray ? typeof(List<>).MakeGenericType(type) : type;
    }

    private static Type ResolveScalar(string? typeName)
    {
        if (string.IsNullOrEmpty(typeName))
            return typeof(object);
        var name = typeName.Split(',')[0].Trim();
        if (name.EndsWith("[]", StringComparison.Ordinal))
            return ResolveScalar(name[..^2]).MakeArrayType();
        var shortName = name[(name.LastIndexOf('.') + 1)..];
        return shortName switch
        {
            "String" or "string" => typeof(string),
            "Boolean" or "bool" => typeof(bool),
            "Int32" or "int" => typeof(int),
            "Int64" or "long" => typeof(long),
            "Int16" => typeof(short),
            "Double" or "double" => typeof(double),
            "Single" or "float" => typeof(float),
            "Decimal" or "decimal" => typeof(decimal),
            "DateTime" or "DateTimeOffset" => typeof(DateTimeOffset),
            "TimeSpan" => typeof(TimeSpan),
            "Guid" => typeof(Guid),
            _ => typeof(object),
        };
    }

    private static bool IsNumeric(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal)
        || type == typeof(float) || type == typeof(short) || type == typeof(byte) || type == typeof(uint) || type == typeof(ulong);

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
            return type.GetElementType();
        if (type.IsGenericType && type.GetGenericArguments().Length == 1 && typeof(IEnumerable).IsAssignableFrom(type))
            return type.GetGenericArguments()[0];
        return null;
    }

    private static object ToCollection(object value, Type target, Type elementType)
    {
        if (value is string text)
        {
            var trimmed = text.TrimStart();
            value = trimmed.StartsWith('[') ? Normalize(JsonNode.Parse(text))! : new List<object?> { text };
        }

        var items = value is IEnumerable enumerable and not IDictionary ? enumerable.Cast<object?>() : [value];
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (var item in items)
            list.Add(Convert(item, elementType));
        if (!target.IsArray)
            return list;
        var array = Array.CreateInstance(elementType, list.Count);
        list.CopyTo(array, 0);
        return array;
    }
}
