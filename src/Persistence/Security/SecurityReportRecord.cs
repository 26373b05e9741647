namespace IncidentWorkflows.Persistence.Security;

/// <summary>
/// The Security Incident Report of one security ticket: a separate, access-restricted record (process.md §1), so the
/// ticket carries no sensitive detail. Every change is a new <see cref="SecurityReportRevision"/>.
/// </summary>
public sealed class SecurityReportRecord
{
    public string TicketNumber { get; set; } = "";

    /// <summary>The current content, in the template's fields.</summary>
    public SecurityReportContent Content { get; set; } = new();

    /// <summary>1 when opened, bumped by every update; also the optimistic concurrency token.</summary>
    public int Revision { get; set; }

    public string OpenedBy { get; set; } = "";
    public DateTimeOffset OpenedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }

    public List<SecurityReportRevision> Revisions { get; set; } = [];
}

/// <summary>One saved state of a report: who changed which fields when, and the whole content after the change.</summary>
public sealed class SecurityReportRevision
{
    public long Id { get; set; }
    public string TicketNumber { get; set; } = "";
    public int Revision { get; set; }
    public string Author { get; set; } = "";
    public DateTimeOffset At { get; set; }

    /// <summary>The template fields this revision changed, comma-separated.</summary>
    public string ChangedFields { get; set; } = "";

    public SecurityReportContent Content { get; set; } = new();
}
