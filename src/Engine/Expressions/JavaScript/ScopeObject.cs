using System.Diagnostics.CodeAnalysis;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace IncidentWorkflows.Engine.Expressions.JavaScript;

/// <summary>
/// A JavaScript object whose properties are workflow values, read when touched and written straight back
/// (<c>variables.Total = 3</c>). Values are copied on every read: mutate a copy and assign it back to persist it.
/// Only own string keys map to the scope; everything else (<c>toString</c>, <c>hasOwnProperty</c>) comes from
/// <c>Object.prototype</c>.
/// </summary>
internal sealed class ScopeObject(ScriptContext context, ScopeMembers members) : ObjectInstance(context.Engine)
{
    private ObjectInstance ObjectPrototype => Engine.Intrinsics.Object.PrototypeObject;

    protected override ObjectInstance GetPrototypeOf() => ObjectPrototype;

    public override JsValue Get(JsValue property, JsValue receiver) =>
        property.IsString() && members.TryGet(property.ToString(), out var value)
            ? context.ToJs(value)
            : ObjectPrototype.Get(property, receiver);

    public override bool Set(JsValue property, JsValue value, JsValue receiver) =>
        property.IsString() && members.TrySet(property.ToString(), context.ToClr(value));

    public override bool HasProperty(JsValue property) =>
        (property.IsString() && members.TryGet(property.ToString(), out _)) || ObjectPrototype.HasProperty(property);

    public override PropertyDescriptor GetOwnProperty(JsValue property) =>
        property.IsString() && members.TryGet(property.ToString(), out var value)
            ? new PropertyDescriptor(context.ToJs(value), writable: !members.IsReadOnly, enumerable: true, configurable: true)
            : PropertyDescriptor.Undefined;

    protected override bool TryGetProperty(JsValue property, [NotNullWhen(true)] out PropertyDescriptor? descriptor)
    {
        descriptor = GetOwnProperty(property);
        return descriptor != PropertyDescriptor.Undefined;
    }

    protected override OwnPropertyProbe ProbeOwnProperty(JsValue property) =>
        property.IsString() && members.TryGet(property.ToString(), out _) ? OwnPropertyProbe.Enumerable : OwnPropertyProbe.Missing;

    protected override bool TryGetOwnPropertyValue(JsValue property, JsValue receiver, out JsValue value)
    {
        if (property.IsString() && members.TryGet(property.ToString(), out var item))
        {
            value = context.ToJs(item);
            return true;
        }
        value = JsValue.Undefined;
        return false;
    }

    public override List<JsValue> GetOwnPropertyKeys(Types types = Types.String | Types.Symbol)
    {
        var keys = new List<JsValue>();
        if ((types & Types.String) != 0)
        {
            foreach (var name in members.Names)
                keys.Add(JsString.Create(name));
        }
        return keys;
    }

    public override IEnumerable<KeyValuePair<JsValue, PropertyDescriptor>> GetOwnProperties()
    {
        foreach (var key in GetOwnPropertyKeys(Types.String))
        {
            var descriptor = GetOwnProperty(key);
            if (descriptor != PropertyDescriptor.Undefined)
                yield return new(key, descriptor);
        }
    }

    public override bool DefineOwnProperty(JsValue property, PropertyDescriptor desc) =>
        property.IsString() && desc.IsDataDescriptor() && members.TrySet(property.ToString(), context.ToClr(desc.Value));

    /// <summary>Variables are declared by the workflow, not by scripts: they cannot be removed.</summary>
    public override bool Delete(JsValue property) => false;

    public override bool PreventExtensions() => false;
}
