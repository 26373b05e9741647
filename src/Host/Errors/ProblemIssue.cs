using IncidentWorkflows.Engine.Validation;

namespace IncidentWorkflows.Host.Errors;

/// <summary>One validation finding as the API shows it (in a problem's <c>issues</c> and in validation reports).</summary>
public sealed record ProblemIssue(string Severity, string Rule, string Message, string? ActivityId, string? Property)
{
    public static ProblemIssue From(ValidationIssue issue) =>
        new(issue.Severity == ValidationSeverity.Error ? "error" : "warning", issue.Rule, issue.Message, issue.ActivityId, issue.Property);

    public static List<ProblemIssue> From(IEnumerable<ValidationIssue> issues) => issues.Select(From).ToList();
}
