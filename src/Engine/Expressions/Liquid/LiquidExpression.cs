using System.Text.Json;
using IncidentWorkflows.Engine.Values;
using Scriban;
using Scriban.Syntax;

namespace IncidentWorkflows.Engine.Expressions.Liquid;

/// <summary>A parsed template; each render gets its own context and globals, so renders never share state.</summary>
internal sealed class LiquidExpression(Template template, Type targetType, LiquidOptions options) : CompiledExpression
{
    public override object? Evaluate(IExpressionScope scope)
    {
        scope.CancellationToken.ThrowIfCancellationRequested();
        var context = new LiquidRenderContext(options, scope.CancellationToken);
        context.PushGlobal(LiquidGlobals.Create(scope));

        string text;
        try
        {
            text = template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new ExpressionEvaluationException($"Liquid error: {e.Message}", e);
        }
        catch (Exception e) when (e is not (OperationCanceledException or ExpressionEvaluationException))
        {
            throw new ExpressionEvaluationException($"Liquid template failed: {e.Message}", e);
        }

        try
        {
            // A template that renders nothing means "no value", not an unparsable number or boolean.
            return ValueConverter.Convert(text.Length == 0 && targetType != typeof(string) ? null : text, targetType);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException or JsonException)
        {
            throw new ExpressionEvaluationException($"The template rendered '{text}', which is not a valid {targetType.Name}.", e);
        }
    }
}
