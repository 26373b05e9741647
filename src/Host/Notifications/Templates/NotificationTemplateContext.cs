using IncidentWorkflows.Engine.Expressions.Liquid;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace IncidentWorkflows.Host.Notifications.Templates;

/// <summary>
/// A sandboxed Liquid context for notification templates, with the same rules as the engine's Liquid expressions
/// (whose context is internal and bound to workflow scopes): shared read-only filters, no access to .NET members,
/// loop, recursion, output and regex limits, and includes only of other notification templates.
/// </summary>
internal sealed class NotificationTemplateContext : TemplateContext
{
    private static readonly ScriptObject SharedBuiltins = Freeze(new LiquidBuiltinsFunctions(), depth: 0);

    public NotificationTemplateContext(LiquidOptions limits, ITemplateLoader includes, CancellationToken cancellationToken)
        : base(SharedBuiltins)
    {
        IsLiquid = true;
        Language = ScriptLang.Liquid;
        EnableBreakAndContinueAsReturnOutsideLoop = true;
        EnableRelaxedTargetAccess = true;
        LoopLimit = limits.LoopLimit;
        RecursiveLimit = limits.RecursionLimit;
        OutputLimit = limits.OutputLimit;
        RegexTimeOut = limits.RegexTimeout;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        MemberFilter = static _ => false;
        CancellationToken = cancellationToken;
        TemplateLoader = includes;
        // Included files are Liquid too, parsed with the same switches as the template that includes them.
        TemplateLoaderLexerOptions = new LexerOptions { Lang = ScriptLang.Liquid };
        TemplateLoaderParserOptions = ParserOptions(limits);
    }

    public static ParserOptions ParserOptions(LiquidOptions limits) =>
        new() { ExpressionDepthLimit = limits.ExpressionDepthLimit, LiquidFunctionsToScriban = true };

    // A template could otherwise reassign a filter (assign date.format = ...) for every later render.
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
