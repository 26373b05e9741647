using IncidentWorkflows.Engine.Expressions.Liquid;
using Scriban;
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
    public NotificationTemplateContext(LiquidOptions limits, ITemplateLoader includes, CancellationToken cancellationToken)
        : base(FrozenLiquidBuiltins.Instance)
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
}
