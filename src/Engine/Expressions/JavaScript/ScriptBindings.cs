using Jint;

namespace IncidentWorkflows.Engine.Expressions.JavaScript;

/// <summary>
/// Which globals a script needs, worked out once at compile time from the identifiers it references, so that each
/// evaluation defines only those. A script that names <c>globalThis</c> may look anything up by computed name, so it
/// gets everything.
/// </summary>
internal sealed class ScriptBindings
{
    private readonly string[] _builtIns;
    private readonly string[] _hostFunctions;
    private readonly string[] _accessors;
    private readonly bool _everything;

    private ScriptBindings(string[] builtIns, string[] hostFunctions, string[] accessors, bool everything)
    {
        _builtIns = builtIns;
        _hostFunctions = hostFunctions;
        _accessors = accessors;
        _everything = everything;
    }

    public static ScriptBindings From(ReferencedGlobals? globals, JavaScriptOptions options)
    {
        if (globals is null || globals.HasDirectEvalCall || globals.Contains("globalThis"))
            return new([.. ScopeFunctions.Names], [.. options.Functions.Keys], [], everything: true);

        var builtIns = new List<string>();
        var hostFunctions = new List<string>();
        var accessors = new List<string>();
        foreach (var name in globals)
        {
            if (ScopeFunctions.IsBuiltIn(name))
                builtIns.Add(name);
            else if (options.Functions.ContainsKey(name))
                hostFunctions.Add(name);
            else if (name.StartsWith("get", StringComparison.Ordinal) || name.StartsWith("set", StringComparison.Ordinal))
                accessors.Add(name);
        }
        return new([.. builtIns], [.. hostFunctions], [.. accessors], everything: false);
    }

    public void Install(ScriptContext context)
    {
        var engine = context.Engine;
        foreach (var name in _builtIns)
            engine.SetValue(name, ScopeFunctions.Create(name, context));
        foreach (var name in _hostFunctions)
            engine.SetValue(name, HostFunctions.Create(name, context.Options.Functions[name], context));
        var accessors = _everything ? ScopeAccessors.AllNames(context.Scope) : _accessors;
        foreach (var name in accessors)
        {
            if (_everything && (ScopeFunctions.IsBuiltIn(name) || context.Options.Functions.ContainsKey(name)))
                continue;
            if (ScopeAccessors.TryCreate(name, context) is { } accessor)
                engine.SetValue(name, accessor);
        }
    }
}
