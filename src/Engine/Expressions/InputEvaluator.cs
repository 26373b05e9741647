using IncidentWorkflows.Engine.Values;

namespace IncidentWorkflows.Engine.Expressions;

/// <summary>Reads an input of the nearest workflow by name.</summary>
public sealed class InputEvaluator : IExpressionEvaluator
{
    public string Type => "Input";

    public CompiledExpression Compile(ExpressionDefinition expression, Type targetType)
    {
        var name = expression.Text;
        if (string.IsNullOrWhiteSpace(name))
            throw new ExpressionCompileException("An input expression needs the input's name.");
        return new Read(name, targetType);
    }

    private sealed class Read(string name, Type targetType) : CompiledExpression
    {
        public override object? Evaluate(IExpressionScope scope) =>
            ValueConverter.Convert(scope.Inputs.TryGetValue(name, out var value) ? value : null, targetType);
    }
}
