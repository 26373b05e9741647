using Jint.Native;
using Jint.Runtime.Interop;
using static IncidentWorkflows.Engine.Expressions.JavaScript.ScriptContext;

namespace IncidentWorkflows.Engine.Expressions.JavaScript;

/// <summary>
/// Elsa's generated accessors: <c>get&lt;Variable&gt;()</c>/<c>set&lt;Variable&gt;(value)</c>,
/// <c>get&lt;Input&gt;()</c> and <c>get&lt;Output&gt;From&lt;Activity&gt;()</c>. A name is bound when the evaluation
/// starts (variables, then inputs, then activity outputs) and reads the current value on each call.
/// </summary>
internal static class ScopeAccessors
{
    private const int PrefixLength = 3;

    /// <summary>The function for an accessor name, or null when nothing in the scope matches (the name stays undefined).</summary>
    public static JsValue? TryCreate(string name, ScriptContext context)
    {
        if (name.Length <= PrefixLength)
            return null;
        var subject = name[PrefixLength..];
        if (name.StartsWith("get", StringComparison.Ordinal))
            return Getter(name, subject, context);
        if (name.StartsWith("set", StringComparison.Ordinal) && ScopeLookup.FindVariable(context.Scope, subject) is { } variable)
        {
            return context.Function(name, 1, a =>
            {
                context.Scope.SetVariable(variable, context.ToClr(Argument(a, 0)));
                return JsValue.Undefined;
            });
        }
        return null;
    }

    /// <summary>Every accessor this scope can offer, for scripts that reach globals indirectly (<c>globalThis[name]</c>).</summary>
    public static IEnumerable<string> AllNames(IExpressionScope scope)
    {
        foreach (var variable in scope.VisibleVariableNames)
        {
            if (Identifiers.IsValid(variable))
            {
                yield return "get" + variable;
                yield return "set" + variable;
            }
        }
        foreach (var input in scope.Inputs.Keys)
        {
            if (Identifiers.IsValid(input))
                yield return "get" + input;
        }
        foreach (var (activity, output) in scope.ActivityOutputNames)
        {
            var name = output + "From" + activity;
            if (Identifiers.IsValid(name))
                yield return "get" + name;
        }
    }

    private static ClrFunction? Getter(string name, string subject, ScriptContext context)
    {
        var scope = context.Scope;
        if (ScopeLookup.FindVariable(scope, subject) is { } variable)
            return context.Function(name, 0, _ => context.ToJs(scope.TryGetVariable(variable, out var value), value));
        if (ScopeLookup.FindInput(scope, subject) is { } input)
            return context.Function(name, 0, _ => context.ToJs(ScopeLookup.TryGetInput(scope, input, out var value), value));
        if (ScopeLookup.FindOutput(scope, subject) is var (activity, output))
            return context.Function(name, 0, _ => context.ToJs(scope.TryGetActivityOutput(activity, output, out var value), value));
        return null;
    }
}
