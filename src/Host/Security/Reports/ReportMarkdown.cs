using System.Text;
using IncidentWorkflows.Persistence.Security;

namespace IncidentWorkflows.Host.Security.Reports;

/// <summary>
/// The report as a Markdown document, TLP label first and last (FIRST's TLP 2.0 asks for the label where a reader starts
/// and where a printed page ends), the template's sections in order, then the revision trail.
/// </summary>
internal static class ReportMarkdown
{
    private static readonly (string Title, Func<SecurityReportContent, string?> Value)[] Sections =
    [
        ("Summary", c => c.Summary),
        ("Detection", c => c.Detection),
        ("Artifacts and indicators of compromise", c => c.ArtifactsAndIndicators),
        ("Affected systems and users", c => c.AffectedSystemsAndUsers),
        ("Impact assessment", c => c.ImpactAssessment),
        ("Timeline of events", c => c.TimelineOfEvents),
        ("Containment and eradication", c => c.ContainmentAndEradication),
        ("Root cause", c => c.RootCause),
        ("Lessons learned", c => c.LessonsLearned),
        ("Recommendations", c => c.Recommendations),
    ];

    public static string Render(SecurityReportRecord report, IReadOnlyList<SecurityReportRevision> revisions)
    {
        var content = report.Content;
        var tlp = content.Tlp ?? "TLP:RED";
        var text = new StringBuilder();
        text.AppendLine($"**{tlp}**").AppendLine();
        text.AppendLine($"# Security Incident Report {report.TicketNumber}").AppendLine();
        text.AppendLine("| | |").AppendLine("| --- | --- |");
        text.AppendLine($"| Category | {Cell(content.Category)} |");
        text.AppendLine($"| Confirmation | {Cell(content.Confirmation)} |");
        text.AppendLine($"| Severity | {Cell(content.Severity)} |");
        text.AppendLine($"| Revision | {report.Revision}, {report.UpdatedAt:u} by {Cell(report.UpdatedBy)} |");
        text.AppendLine($"| Opened | {report.OpenedAt:u} by {Cell(report.OpenedBy)} |").AppendLine();
        foreach (var (title, value) in Sections)
            text.AppendLine($"## {title}").AppendLine().AppendLine(string.IsNullOrWhiteSpace(value(content)) ? "_Not recorded._" : value(content)!.Trim()).AppendLine();

        text.AppendLine("## Revisions").AppendLine();
        foreach (var revision in revisions)
            text.AppendLine($"- {revision.Revision}: {revision.At:u}, {revision.Author}: {revision.ChangedFields.Replace(",", ", ", StringComparison.Ordinal)}");
        text.AppendLine().AppendLine($"**{tlp}**");
        return text.ToString();
    }

    private static string Cell(string? value) => string.IsNullOrWhiteSpace(value) ? "–" : value.Replace("|", "\\|", StringComparison.Ordinal);
}
