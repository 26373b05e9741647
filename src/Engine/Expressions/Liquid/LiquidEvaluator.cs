using IncidentWorkflows.Engine.Values;
using Scriban;
using Scriban.Parsing;

namespace IncidentWorkflows.Engine.Expressions.Liquid;

/// <summary>
/// Elsa's "Liquid" expressions, parsed once with Scriban's Liquid dialect and rendered against the workflow:
/// <c>{{ Variables.Name }}</c>, <c>{{ Input.Amount }}</c>, <c>{{ Workflow.Id }}</c>, <c>{{ CorrelationId }}</c>.
/// </summary>
public sealed class LiquidEvaluator : IExpressionEvaluator
{
    private readonly LiquidOptions _options;
    private readonly ParserOptions _parserOptions;

    public LiquidEvaluator(LiquidOptions? options = null)
    {
        _options = options ?? new LiquidOptions();
        _options.Validate();
        // Liquid's filter names (date, upcase, truncate...) map onto Scriban's functions only with this switch.
        _parserOptions = new ParserOptions { ExpressionDepthLimit = _options.ExpressionDepthLimit, LiquidFunctionsToScriban = true };
    }

    public string Type => "Liquid";

    public CompiledExpression Compile(ExpressionDefinition expression, Type targetType)
    {
        var text = expression.Text;
        if (string.IsNullOrEmpty(text))
            return new ConstantExpression(ValueConverter.Convert(null, targetType));

        Template template;
        try
        {
            template = Template.ParseLiquid(text, parserOptions: _parserOptions);
        }
        catch (Exception e)
        {
            throw new ExpressionCompileException($"Liquid template could not be parsed: {e.Message}", e);
        }
        if (template.HasErrors)
            throw new ExpressionCompileException($"Liquid syntax error: {string.Join("; ", template.Messages.Select(m => m.ToString()))}");
        return new LiquidExpression(template, targetType, _options);
    }
}
