using IncidentWorkflows.Engine.Values;

namespace IncidentWorkflows.Engine.Expressions;

/// <summary>A fixed value; converted to the input's type once, at compile time.</summary>
public sealed class LiteralEvaluator : IExpressionEvaluator
{
    public string Type => "Literal";

    public CompiledExpression Compile(ExpressionDefinition expression, Type targetType)
    {
        try
        {
            return new ConstantExpression(ValueConverter.Convert(JsonValues.FromNode(expression.Value), targetType));
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            throw new ExpressionCompileException($"The literal '{expression.Text}' is not a valid {targetType.Name}.", e);
        }
    }
}
