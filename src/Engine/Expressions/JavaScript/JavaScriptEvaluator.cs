using IncidentWorkflows.Engine.Values;
using Jint;

namespace IncidentWorkflows.Engine.Expressions.JavaScript;

/// <summary>
/// Elsa's "JavaScript" expressions, run by Jint in a sandbox. Both of Elsa's styles work: a bare expression
/// (<c>getCounter() &gt; 1</c>, whose value is the result) and a body with a top-level <c>return</c>
/// (<c>return {"prop1": "ceva"};</c>), which the parser is told to accept instead of wrapping the text in a function.
/// </summary>
public sealed class JavaScriptEvaluator : IExpressionEvaluator
{
    private readonly JavaScriptOptions _options;
    private readonly ScriptPreparationOptions _preparation;

    public JavaScriptEvaluator(JavaScriptOptions options)
    {
        options.Validate();
        _options = options;
        _preparation = new ScriptPreparationOptions
        {
            // Regular expression literals are compiled with the script, so their timeout is set here too.
            ParsingOptions = new ScriptParsingOptions { AllowReturnOutsideFunction = true, RegexTimeout = options.TimeLimit },
            CollectReferencedGlobals = true,
        };
    }

    public string Type => "JavaScript";

    public CompiledExpression Compile(ExpressionDefinition expression, Type targetType)
    {
        var text = expression.Text;
        if (string.IsNullOrWhiteSpace(text))
            return new ConstantExpression(ValueConverter.Convert(null, targetType));

        Prepared<Acornima.Ast.Script> script;
        try
        {
            script = Jint.Engine.PrepareScript(text, strict: _options.Strict, options: _preparation);
        }
        catch (Exception e)
        {
            throw JavaScriptErrors.Syntax(e);
        }
        return new JavaScriptExpression(script, ScriptBindings.From(script.ReferencedGlobals, _options), targetType, _options);
    }
}
