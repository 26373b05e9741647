namespace IncidentWorkflows.Engine.Expressions.JavaScript;

/// <summary>
/// The sandbox every JavaScript expression runs in. Workflow authors are not trusted: a script gets no CLR access and
/// is stopped when it runs too long, allocates too much, executes too many statements or recurses too deeply.
/// </summary>
public sealed class JavaScriptOptions
{
    /// <summary>Wall-clock budget of one evaluation.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Bytes the evaluating thread may allocate while the script runs.</summary>
    public long MemoryLimitBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Statements one evaluation may execute; stops busy loops long before the time limit.</summary>
    public int MaxStatements { get; init; } = 100_000;

    /// <summary>Depth of nested JavaScript calls.</summary>
    public int MaxRecursionDepth { get; init; } = 64;

    /// <summary>Largest array a script may create in one step (e.g. <c>new Array(n)</c>).</summary>
    public uint MaxArraySize { get; init; } = 1_000_000;

    /// <summary>Runs every script in strict mode (no implicit globals, no <c>with</c>).</summary>
    public bool Strict { get; init; } = true;

    /// <summary>
    /// Extra global functions the host offers to scripts, by name. They receive and return plain values only, so
    /// they cannot leak CLR objects into the sandbox. They cannot replace the built-in functions.
    /// </summary>
    public IReadOnlyDictionary<string, JavaScriptFunction> Functions { get; init; } = new Dictionary<string, JavaScriptFunction>();

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(TimeLimit, TimeSpan.Zero, nameof(TimeLimit));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MemoryLimitBytes, 0, nameof(MemoryLimitBytes));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MaxStatements, 0, nameof(MaxStatements));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MaxRecursionDepth, 0, nameof(MaxRecursionDepth));
        ArgumentOutOfRangeException.ThrowIfZero(MaxArraySize, nameof(MaxArraySize));
        foreach (var name in Functions.Keys)
        {
            if (ScopeFunctions.IsBuiltIn(name))
                throw new ArgumentException($"The host function '{name}' would hide the built-in function of that name.", nameof(Functions));
            if (!Identifiers.IsValid(name))
                throw new ArgumentException($"The host function name '{name}' is not a JavaScript identifier.", nameof(Functions));
        }
    }
}
