using Scriban.Functions;
using Scriban.Runtime;

namespace IncidentWorkflows.Engine.Expressions.Liquid;

/// <summary>
/// Scriban's Liquid filters, made read-only once per process. Every Liquid context (workflow expressions, notification
/// templates) must share this one object: the filter groups inside a new <see cref="LiquidBuiltinsFunctions"/> are
/// process-wide singletons, so a second freeze would find them read-only already and fail. Read-only, because a
/// template could otherwise reassign a filter (<c>{% assign date.format = '%Y' %}</c>) for every later render.
/// </summary>
public static class FrozenLiquidBuiltins
{
    public static ScriptObject Instance { get; } = Freeze(new LiquidBuiltinsFunctions(), depth: 0);

    private static ScriptObject Freeze(ScriptObject builtins, int depth)
    {
        if (builtins.IsReadOnly)
            return builtins;
        foreach (var (name, value) in builtins.ToList())
        {
            if (value is ScriptObject nested && depth < 4)
                Freeze(nested, depth + 1);
            builtins.SetReadOnly(name, true);
        }

        builtins.IsReadOnly = true;
        return builtins;
    }
}
