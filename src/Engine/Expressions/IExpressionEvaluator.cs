namespace IncidentWorkflows.Engine.Expressions;

/// <summary>One expression language (Literal, Object, Variable, Input, JavaScript, Liquid).</summary>
public interface IExpressionEvaluator
{
    /// <summary>The Elsa name of the language, as in <c>expression.type</c>.</summary>
    string Type { get; }

    /// <summary>Prepares the expression; throws <see cref="ExpressionCompileException"/> when its syntax is wrong.</summary>
    CompiledExpression Compile(ExpressionDefinition expression, Type targetType);
}

public sealed class ExpressionCompileException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Raised while evaluating; becomes an incident on the activity that asked.</summary>
public sealed class ExpressionEvaluationException(string message, Exception? inner = null) : Exception(message, inner);
