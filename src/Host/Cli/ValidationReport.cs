using System.Text.Json;
using IncidentWorkflows.Engine.Validation;

namespace IncidentWorkflows.Host.Cli;

/// <summary>Writes validation results for people (one line per issue) or for tools (one JSON document).</summary>
public static class ValidationReport
{
    /// <summary><c>FILE: severity [rule] activity 'x', property 'y': message</c>, or <c>FILE: ok</c>, then a summary line.</summary>
    public static void WriteText(TextWriter writer, IReadOnlyList<FileValidation> results)
    {
        foreach (var result in results)
        {
            if (result.Issues.Count == 0)
                writer.WriteLine($"{result.File}: ok");
            foreach (var issue in result.Issues)
                writer.WriteLine($"{result.File}: {issue}");
        }

        var errors = results.Sum(r => r.Issues.Count(i => i.Severity == ValidationSeverity.Error));
        var warnings = results.Sum(r => r.Issues.Count(i => i.Severity == ValidationSeverity.Warning));
        writer.WriteLine($"{results.Count} file(s), {errors} error(s), {warnings} warning(s)");
    }

    public static void WriteJson(TextWriter writer, IReadOnlyList<FileValidation> results)
    {
        var document = new ValidationDocument(
            !results.Any(r => r.HasErrors),
            results.Select(r => new FileDocument(
                r.File,
                !r.HasErrors,
                r.Issues.Select(i => new IssueDocument(i.Severity, i.Rule, i.Message, i.ActivityId, i.Property)).ToList())).ToList());
        writer.WriteLine(JsonSerializer.Serialize(document, CliJson.Indented));
    }

    private sealed record ValidationDocument(bool Valid, IReadOnlyList<FileDocument> Files);

    private sealed record FileDocument(string File, bool Valid, IReadOnlyList<IssueDocument> Issues);

    private sealed record IssueDocument(ValidationSeverity Severity, string Rule, string Message, string? ActivityId, string? Property);
}
