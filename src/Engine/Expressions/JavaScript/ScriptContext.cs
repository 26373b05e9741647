using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Interop;

namespace IncidentWorkflows.Engine.Expressions.JavaScript;

/// <summary>One evaluation: the fresh engine, the workflow scope it reads and writes, and small helpers for functions.</summary>
internal sealed class ScriptContext(Jint.Engine engine, IExpressionScope scope, JavaScriptOptions options)
{
    public Jint.Engine Engine { get; } = engine;
    public IExpressionScope Scope { get; } = scope;
    public JavaScriptOptions Options { get; } = options;

    public JsValue ToJs(object? value) => ClrToJs.Convert(Engine, value);

    public object? ToClr(JsValue value) => JsToClr.Convert(value, Options.MaxArraySize);

    public JsValue ToJs(bool found, object? value) => found ? ToJs(value) : JsValue.Undefined;

    /// <summary>A native JavaScript function; Jint's CLR interop stays switched off.</summary>
    public ClrFunction Function(string name, int length, Func<JsValue[], JsValue> body) =>
        new(Engine, name, (_, arguments) => body(arguments), length);

    public static JsValue Argument(JsValue[] arguments, int index) =>
        index < arguments.Length ? arguments[index] : JsValue.Undefined;

    /// <summary>A name argument; a TypeError the script can catch when it is missing or not a string.</summary>
    public string NameArgument(JsValue[] arguments, int index, string function)
    {
        var value = Argument(arguments, index);
        return value.IsString()
            ? value.ToString()
            : throw new JavaScriptException(Engine.Intrinsics.TypeError, $"{function} expects a name (string) as argument {index + 1}.");
    }
}
