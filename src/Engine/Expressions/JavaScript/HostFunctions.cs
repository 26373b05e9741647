using Jint.Native;

namespace IncidentWorkflows.Engine.Expressions.JavaScript;

/// <summary>Adapts a <see cref="JavaScriptFunction"/> so that only plain values cross the sandbox boundary.</summary>
internal static class HostFunctions
{
    public static JsValue Create(string name, JavaScriptFunction function, ScriptContext context) =>
        context.Function(name, 0, arguments =>
        {
            var plain = new object?[arguments.Length];
            for (var i = 0; i < arguments.Length; i++)
                plain[i] = context.ToClr(arguments[i]);
            return context.ToJs(function(context.Scope, plain));
        });
}
