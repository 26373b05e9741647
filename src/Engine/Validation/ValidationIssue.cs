namespace IncidentWorkflows.Engine.Validation;

public enum ValidationSeverity
{
    Error,
    Warning,
}

/// <summary>One problem in a definition: where (activity, property), which rule, and a sentence for people.</summary>
public sealed record ValidationIssue(ValidationSeverity Severity, string Rule, string Message, string? ActivityId = null, string? Property = null)
{
    public override string ToString()
    {
        var where = ActivityId is null ? "" : Property is null ? $"activity '{ActivityId}': " : $"activity '{ActivityId}', property '{Property}': ";
        return $"{Severity.ToString().ToLowerInvariant()} [{Rule}] {where}{Message}";
    }
}

/// <summary>The stable rule names (also the ProblemDetails type suffixes).</summary>
public static class ValidationRules
{
    public const string InvalidJson = "invalid-json";
    public const string MissingRoot = "missing-root";
    public const string UnknownActivityType = "unknown-activity-type";
    public const string UnsupportedActivityType = "unsupported-activity-type";
    public const string DuplicateActivityId = "duplicate-activity-id";
    public const string DanglingConnection = "dangling-connection";
    public const string UnknownPort = "unknown-port";
    public const string MissingRequiredInput = "missing-required-input";
    public const string ExpressionSyntax = "expression-syntax";
    public const string UnknownExpressionType = "unknown-expression-type";
    public const string UnreachableActivity = "unreachable-activity";
    public const string InvalidCron = "invalid-cron";
    public const string RecursiveComposition = "recursive-composition";

    /// <summary>A check itself failed on this definition; reported instead of throwing so callers always get a list.</summary>
    public const string ValidatorFailure = "validator-failure";
}
