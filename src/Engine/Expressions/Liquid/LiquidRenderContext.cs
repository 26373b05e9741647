using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace IncidentWorkflows.Engine.Expressions.Liquid;

/// <summary>
/// A Liquid render context over one shared, frozen set of Liquid filters. Building the filters costs more than most
/// renders, and Scriban's stock Liquid context shares its filters process-wide while letting a template change them
/// (<c>{% assign date.format = '%Y' %}</c> would change every later render). Ours are shared too, but read-only.
/// </summary>
internal sealed class LiquidRenderContext : TemplateContext
{
    private static readonly ScriptObject SharedBuiltins = Freeze(new LiquidBuiltinsFunctions(), depth: 0);

    public LiquidRenderContext(LiquidOptions options, CancellationToken cancellationToken) : base(SharedBuiltins)
    {
        // The switches Scriban's own Liquid context turns on.
        IsLiquid = true;
        Language = ScriptLang.Liquid;
        EnableBreakAndContinueAsReturnOutsideLoop = true;
        EnableRelaxedTargetAccess = true;

        LoopLimit = options.LoopLimit;
        RecursiveLimit = options.RecursionLimit;
        OutputLimit = options.OutputLimit;
        RegexTimeOut = options.RegexTimeout;
        // A silently cut message is worse than a failed activity the author can see.
        OnOutputLimit = ScriptLimitBehavior.Throw;
        // Templates see only the plain values we give them, never members of .NET objects.
        MemberFilter = static _ => false;
        CancellationToken = cancellationToken;
    }

    private static ScriptObject Freeze(ScriptObject builtins, int depth)
    {
        // Scriban shares some nested builtin objects between instances: the workflow expressions and the notification
        // templates both freeze them, and freezing a frozen object throws (a TypeInitializationException here).
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
