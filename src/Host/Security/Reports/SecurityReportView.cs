using IncidentWorkflows.Persistence.Security;

namespace IncidentWorkflows.Host.Security.Reports;

/// <summary>A Security Incident Report as the API serves it.</summary>
public sealed record SecurityReportView(
    string Ticket, int Revision, SecurityReportContent Content, string OpenedBy, DateTimeOffset OpenedAt, string UpdatedBy, DateTimeOffset UpdatedAt)
{
    public static SecurityReportView For(SecurityReportRecord report) =>
        new(report.TicketNumber, report.Revision, report.Content, report.OpenedBy, report.OpenedAt, report.UpdatedBy, report.UpdatedAt);
}

/// <summary>One revision: who changed which fields when, and the content after the change.</summary>
public sealed record SecurityReportRevisionView(int Revision, string Author, DateTimeOffset At, IReadOnlyList<string> ChangedFields, SecurityReportContent Content)
{
    public static SecurityReportRevisionView For(SecurityReportRevision revision) =>
        new(revision.Revision, revision.Author, revision.At, revision.ChangedFields.Split(',', StringSplitOptions.RemoveEmptyEntries), revision.Content);
}
