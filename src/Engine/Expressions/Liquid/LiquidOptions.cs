namespace IncidentWorkflows.Engine.Expressions.Liquid;

/// <summary>Limits for Liquid templates, which workflow authors write and the server renders.</summary>
public sealed class LiquidOptions
{
    /// <summary>Iterations of one loop.</summary>
    public int LoopLimit { get; init; } = 1_000;

    /// <summary>Nesting of includes and recursive calls.</summary>
    public int RecursionLimit { get; init; } = 64;

    /// <summary>Characters one render may produce.</summary>
    public int OutputLimit { get; init; } = 1_000_000;

    /// <summary>Budget of one regular-expression filter (<c>regex.replace</c>...), so a backtracking pattern cannot hang a render.</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Nesting of one expression, checked by the parser so deep nesting cannot exhaust the stack.</summary>
    public int ExpressionDepthLimit { get; init; } = 100;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(LoopLimit, 0, nameof(LoopLimit));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RecursionLimit, 0, nameof(RecursionLimit));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(OutputLimit, 0, nameof(OutputLimit));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ExpressionDepthLimit, 0, nameof(ExpressionDepthLimit));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RegexTimeout, TimeSpan.Zero, nameof(RegexTimeout));
    }
}
