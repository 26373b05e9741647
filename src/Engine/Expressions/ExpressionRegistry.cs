namespace IncidentWorkflows.Engine.Expressions;

/// <summary>The expression languages an engine understands, by their Elsa name.</summary>
public sealed class ExpressionRegistry
{
    private readonly Dictionary<string, IExpressionEvaluator> _evaluators = new(StringComparer.OrdinalIgnoreCase);

    public ExpressionRegistry(IEnumerable<IExpressionEvaluator> evaluators)
    {
        foreach (var evaluator in evaluators)
            _evaluators[evaluator.Type] = evaluator;
    }

    /// <summary>Literal, Object, Variable, Input, JavaScript and Liquid.</summary>
    public static ExpressionRegistry CreateDefault(JavaScript.JavaScriptOptions? javaScript = null) => new(
    [
        new LiteralEvaluator(),
        new ObjectEvaluator(),
        new VariableEvaluator(),
        new InputEvaluator(),
        new JavaScript.JavaScriptEvaluator(javaScript ?? new JavaScript.JavaScriptOptions()),
        new Liquid.LiquidEvaluator(),
    ]);

    public IEnumerable<string> Types => _evaluators.Keys;

    public CompiledExpression Compile(ExpressionDefinition expression, Type targetType)
    {
        if (!_evaluators.TryGetValue(expression.Type, out var evaluator))
            throw new ExpressionCompileException($"Expression type '{expression.Type}' is not supported here (supported: {string.Join(", ", _evaluators.Keys)}).");
        return evaluator.Compile(expression, targetType);
    }
}
