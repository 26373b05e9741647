namespace IncidentWorkflows.Engine.Expressions.JavaScript;

/// <summary>
/// A function the host adds to the JavaScript global scope. Arguments arrive as plain values (null, string, bool,
/// long, double, dictionaries, lists) and the result is converted back the same way.
/// </summary>
public delegate object? JavaScriptFunction(IExpressionScope scope, IReadOnlyList<object?> arguments);
