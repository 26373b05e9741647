using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Values;

namespace IncidentWorkflows.Engine.Expressions;

/// <summary>A JSON document written as text (Elsa's "Object" expressions), parsed once at compile time.</summary>
public sealed class ObjectEvaluator : IExpressionEvaluator
{
    public string Type => "Object";

    public CompiledExpression Compile(ExpressionDefinition expression, Type targetType)
    {
        try
        {
            var node = expression.Value is JsonValue v && v.TryGetValue<string>(out var text)
                ? (string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text))
                : expression.Value;
            return new ConstantExpression(ValueConverter.Convert(JsonValues.FromNode(node), targetType));
        }
        catch (JsonException e)
        {
            throw new ExpressionCompileException($"The object expression is not valid JSON: {e.Message}", e);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException)
        {
            throw new ExpressionCompileException($"The object expression is not a valid {targetType.Name}.", e);
        }
    }
}
