namespace IncidentWorkflows.Engine.Expressions;

/// <summary>An expression prepared once per workflow version and evaluated many times.</summary>
public abstract class CompiledExpression
{
    /// <summary>True when the value does not depend on the scope (a literal): callers may cache it.</summary>
    public virtual bool IsConstant => false;

    public abstract object? Evaluate(IExpressionScope scope);
}

/// <summary>A value known at compile time.</summary>
public sealed class ConstantExpression(object? value) : CompiledExpression
{
    public static readonly ConstantExpression Null = new(null);

    public object? Value { get; } = value;
    public override bool IsConstant => true;
    public override object? Evaluate(IExpressionScope scope) => Value;
}
