using IncidentWorkflows.Incidents.SecurityIncidents;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.Security;

/// <summary>
/// Opens and changes Security Incident Reports on a caller's context (an API request's transaction or a workflow burst's),
/// each change a new revision with its author and time. Nothing is saved here. Values are checked before anything is
/// staged, so a refused change leaves no trace.
/// </summary>
public static class SecurityReports
{
    public static Task<SecurityReportRecord?> FindAsync(WorkflowDbContext db, string ticketNumber, CancellationToken cancellationToken) =>
        db.SecurityReports.SingleOrDefaultAsync(r => r.TicketNumber == ticketNumber, cancellationToken);

    /// <summary>Opens the report of a ticket, or changes it when it is already open (a workflow step may run twice).</summary>
    public static async Task<SecurityReportRecord> OpenOrUpdateAsync(
        WorkflowDbContext db, string ticketNumber, SecurityReportContent change, string by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        Check(change);
        var report = await FindAsync(db, ticketNumber, cancellationToken);
        if (report is not null)
            return Apply(db, report, change, by, at);

        report = new SecurityReportRecord
        {
            TicketNumber = ticketNumber,
            // Unlabelled security information is the most restricted: nobody shares what nobody classified.
            Content = Merge(new SecurityReportContent { Tlp = TlpLabels.Format(TlpLabel.Red), Confirmation = nameof(SecurityConfirmation.Suspected) }, change),
            Revision = 1,
            OpenedBy = by,
            OpenedAt = at,
            UpdatedBy = by,
            UpdatedAt = at,
        };
        db.SecurityReports.Add(report);
        db.SecurityReportRevisions.Add(Revision(report, string.Join(",", Changed(new SecurityReportContent(), report.Content)), by, at));
        return report;
    }

    /// <summary>Changes the given fields of an open report; an update that changes nothing records no revision.</summary>
    public static SecurityReportRecord Apply(WorkflowDbContext db, SecurityReportRecord report, SecurityReportContent change, string by, DateTimeOffset at)
    {
        Check(change);
        var merged = Merge(report.Content, change);
        var changed = Changed(report.Content, merged).ToList();
        if (changed.Count == 0)
            return report;

        report.Content = merged;
        report.Revision++;
        report.UpdatedBy = by;
        report.UpdatedAt = at;
        db.SecurityReportRevisions.Add(Revision(report, string.Join(",", changed), by, at));
        return report;
    }

    /// <summary>Category, confirmation and TLP take only their vocabulary; they are written in canonical form.</summary>
    public static void Check(SecurityReportContent change)
    {
        if (change.Category is { Length: > 0 } category && SecurityCategories.Canonical(category) is null)
            throw new SecurityReportException("category", $"Category must be one of: {string.Join(", ", SecurityCategories.All)}.");
        if (change.Confirmation is { Length: > 0 } confirmation && !Enum.TryParse<SecurityConfirmation>(confirmation, ignoreCase: true, out _))
            throw new SecurityReportException("confirmation", $"Confirmation must be one of: {string.Join(", ", Enum.GetNames<SecurityConfirmation>())}.");
        if (change.Tlp is { Length: > 0 } tlp && !TlpLabels.TryParse(tlp, out _))
            throw new SecurityReportException("tlp", "TLP must be a TLP 2.0 label: TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED.");
        if (change.Severity is { Length: > 0 } severity && severity.Trim().ToUpperInvariant() is not ("S1" or "S2" or "S3" or "S4"))
            throw new SecurityReportException("severity", "Severity must be S1, S2, S3 or S4.");
    }

    private static SecurityReportContent Merge(SecurityReportContent current, SecurityReportContent change) => new()
    {
        Summary = change.Summary ?? current.Summary,
        Detection = change.Detection ?? current.Detection,
        ArtifactsAndIndicators = change.ArtifactsAndIndicators ?? current.ArtifactsAndIndicators,
        AffectedSystemsAndUsers = change.AffectedSystemsAndUsers ?? current.AffectedSystemsAndUsers,
        ImpactAssessment = change.ImpactAssessment ?? current.ImpactAssessment,
        TimelineOfEvents = change.TimelineOfEvents ?? current.TimelineOfEvents,
        Category = change.Category is { Length: > 0 } category ? SecurityCategories.Canonical(category) : current.Category,
        Confirmation = change.Confirmation is { Length: > 0 } confirmation ? Enum.Parse<SecurityConfirmation>(confirmation, ignoreCase: true).ToString() : current.Confirmation,
        Severity = change.Severity is { Length: > 0 } severity ? severity.Trim().ToUpperInvariant() : current.Severity,
        Tlp = change.Tlp is { Length: > 0 } tlp && TlpLabels.TryParse(tlp, out var label) ? TlpLabels.Format(label) : current.Tlp,
        ContainmentAndEradication = change.ContainmentAndEradication ?? current.ContainmentAndEradication,
        RootCause = change.RootCause ?? current.RootCause,
        LessonsLearned = change.LessonsLearned ?? current.LessonsLearned,
        Recommendations = change.Recommendations ?? current.Recommendations,
    };

    private static IEnumerable<string> Changed(SecurityReportContent before, SecurityReportContent after) =>
        before.Fields().Zip(after.Fields()).Where(pair => pair.First.Value != pair.Second.Value).Select(pair => pair.First.Name);

    private static SecurityReportRevision Revision(SecurityReportRecord report, string changed, string by, DateTimeOffset at) => new()
    {
        TicketNumber = report.TicketNumber,
        Revision = report.Revision,
        Author = by,
        At = at,
        ChangedFields = changed,
        Content = report.Content,
    };
}

/// <summary>A report change with a value outside the vocabulary; the API answers 400 naming the field.</summary>
public sealed class SecurityReportException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
