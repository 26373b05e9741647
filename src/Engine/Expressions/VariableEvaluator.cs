using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Values;

namespace IncidentWorkflows.Engine.Expressions;

/// <summary>Reads a variable by name (value is the name, or an object with <c>name</c>/<c>id</c>).</summary>
public sealed class VariableEvaluator : IExpressionEvaluator
{
    public string Type => "Variable";

    public CompiledExpression Compile(ExpressionDefinition expression, Type targetType)
    {
        var name = expression.Value switch
        {
            JsonObject o => (o["name"] ?? o["id"])?.GetValue<string>(),
            _ => expression.Text,
        };
        if (string.IsNullOrWhiteSpace(name))
            throw new ExpressionCompileException("A variable expression needs the variable's name.");
        return new Read(name, targetType);
    }

    private sealed class Read(string name, Type targetType) : CompiledExpression
    {
        public override object? Evaluate(IExpressionScope scope) =>
            scope.TryGetVariable(name, out var value)
                ? ValueConverter.Convert(value, targetType)
                : throw new ExpressionEvaluationException($"Variable '{name}' is not defined.");
    }
}
