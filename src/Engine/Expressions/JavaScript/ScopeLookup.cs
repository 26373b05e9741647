namespace IncidentWorkflows.Engine.Expressions.JavaScript;

/// <summary>Name resolution shared by the built-in functions, the generated accessors and the scope objects.</summary>
internal static class ScopeLookup
{
    /// <summary>
    /// Workflow inputs first, then the inputs the activity was scheduled with (e.g. a loop's current item). Scheduled
    /// inputs are reached this way because Elsa scripts read both through <c>getInput</c>/<c>get&lt;Name&gt;()</c>,
    /// and a workflow input of the same name is the more stable meaning.
    /// </summary>
    public static bool TryGetInput(IExpressionScope scope, string name, out object? value) =>
        scope.Inputs.TryGetValue(name, out value) || scope.TryGetScheduledInput(name, out value);

    /// <summary>
    /// The variable <paramref name="name"/> names, also accepting a capitalised first letter so that a variable
    /// <c>counter</c> is reachable as <c>getCounter()</c>. Null when no such variable is visible.
    /// </summary>
    public static string? FindVariable(IExpressionScope scope, string name) =>
        scope.TryGetVariable(name, out _) ? name
        : LowerFirst(name) is { } lower && scope.TryGetVariable(lower, out _) ? lower
        : null;

    public static string? FindInput(IExpressionScope scope, string name) =>
        TryGetInput(scope, name, out _) ? name
        : LowerFirst(name) is { } lower && TryGetInput(scope, lower, out _) ? lower
        : null;

    /// <summary>Splits <c>OutputFromActivity</c> against the outputs produced so far.</summary>
    public static (string Activity, string Output)? FindOutput(IExpressionScope scope, string outputFromActivity)
    {
        if (!outputFromActivity.Contains("From", StringComparison.Ordinal))
            return null;
        foreach (var (activity, output) in scope.ActivityOutputNames)
        {
            if (outputFromActivity.Length == output.Length + 4 + activity.Length
                && outputFromActivity.StartsWith(output, StringComparison.Ordinal)
                && outputFromActivity.AsSpan(output.Length, 4).SequenceEqual("From")
                && outputFromActivity.EndsWith(activity, StringComparison.Ordinal))
                return (activity, output);
        }
        return null;
    }

    /// <summary>
    /// <c>getOutputFrom(activity)</c> without an output name: Elsa's conventional output names first, then the
    /// activity's only output.
    /// </summary>
    public static bool TryGetDefaultOutput(IExpressionScope scope, string activity, out object? value)
    {
        if (scope.TryGetActivityOutput(activity, "Output", out value) || scope.TryGetActivityOutput(activity, "Result", out value))
            return true;
        string? only = null;
        foreach (var (name, output) in scope.ActivityOutputNames)
        {
            if (name != activity)
                continue;
            if (only is not null)
                return false;
            only = output;
        }
        value = null;
        return only is not null && scope.TryGetActivityOutput(activity, only, out value);
    }

    private static string? LowerFirst(string name) =>
        name.Length > 0 && char.IsUpper(name[0]) ? string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1)) : null;
}
