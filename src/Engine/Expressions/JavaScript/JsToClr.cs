using System.Numerics;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace IncidentWorkflows.Engine.Expressions.JavaScript;

/// <summary>
/// Turns a JavaScript value into the engine's plain value model: objects become <see cref="Dictionary{TKey,TValue}"/>
/// (keys such as <c>$id</c> kept as written), arrays <see cref="List{T}"/>, integral numbers <see cref="long"/>, other
/// numbers <see cref="double"/>, dates <see cref="DateTimeOffset"/>, undefined and null <c>null</c>.
/// Like <c>JSON.stringify</c>, object properties holding undefined, functions or symbols are left out.
/// </summary>
internal static class JsToClr
{
    // 2^63: the first double above long's range. long.MinValue (-2^63) is exactly representable.
    private const double LongLimit = 9_223_372_036_854_775_808d;

    /// <param name="value">The script's value.</param>
    /// <param name="maxArrayLength">
    /// Longest array (or array-like object) accepted. Array lengths cost a script nothing (<c>a.length = 4e9</c>), but copying one costs us
    /// an element each, outside the engine's limits.
    /// </param>
    public static object? Convert(JsValue value, uint maxArrayLength) => Convert(value, maxArrayLength, 0);

    private static object? Convert(JsValue value, uint maxArrayLength, int depth) => value.Type switch
    {
        Types.String => value.ToString(),
        Types.Boolean => value.AsBoolean(),
        Types.Number => FromNumber(value.AsNumber()),
        Types.BigInt => value.ToObject() is BigInteger big ? FromNumber((double)big) : null,
        Types.Object => FromObject(value.AsObject(), maxArrayLength, depth),
        _ => null, // undefined, null, symbols
    };

    private static object FromNumber(double number) =>
        double.IsInteger(number) && number >= -LongLimit && number < LongLimit ? (object)(long)number : number;

    private static object? FromObject(ObjectInstance obj, uint maxArrayLength, int depth)
    {
        if (obj is JsDate date)
            return FromDate(date.DateValue);
        if (obj.IsCallable())
            return null;
        // Also ends cycles: a self-referencing object simply becomes too deep.
        if (depth >= ClrToJs.MaxDepth)
            throw new ExpressionEvaluationException($"The script's value is nested deeper than {ClrToJs.MaxDepth} levels (or refers to itself).");

        if (obj is JsArray array)
        {
            if (array.Length > maxArrayLength)
                throw new ExpressionEvaluationException($"The script's array has {array.Length} elements; at most {maxArrayLength} are allowed.");
            var list = new List<object?>((int)Math.Min(array.Length, 1024));
            for (uint i = 0; i < array.Length; i++)
                list.Add(Convert(array[i], maxArrayLength, depth + 1));
            return list;
        }

        // Typed arrays and string objects have a key per element: cheap for the script, an entry each for us.
        var length = obj.Get("length");
        if (length.IsNumber() && length.AsNumber() > maxArrayLength)
            throw new ExpressionEvaluationException($"The script's value has {length.AsNumber()} elements; at most {maxArrayLength} are allowed.");

        var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var key in obj.GetOwnPropertyKeys(Types.String))
        {
            var descriptor = obj.GetOwnProperty(key);
            if (descriptor == PropertyDescriptor.Undefined || !descriptor.Enumerable)
                continue;
            var item = obj.Get(key);
            if (item.IsUndefined() || item.IsSymbol() || item.IsCallable())
                continue;
            dictionary[key.ToString()] = Convert(item, maxArrayLength, depth + 1);
        }
        return dictionary;
    }

    private static object? FromDate(double milliseconds)
    {
        if (double.IsNaN(milliseconds))
            return null;
        try
        {
            return DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new ExpressionEvaluationException($"The date {milliseconds} ms after 1970 is outside the range workflows can store.", e);
        }
    }
}
