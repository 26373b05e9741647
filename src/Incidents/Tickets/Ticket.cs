using IncidentWorkflows.Incidents.Sla;

namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>
/// One reported issue (process.md §1). All changes go through its methods, which enforce the rules and append to the
/// timeline; the partial files group them: opening, transitions, classification, assignment, tasks, comments, SLA.
/// Properties have private setters and collections live in fields, so EF Core can map it without a second model.
/// </summary>
public sealed partial class Ticket
{
    private readonly List<string> affectedServices = [];
    private readonly List<TicketTask> tasks = [];
    private readonly List<Comment> comments = [];
    private readonly List<TimelineEntry> timeline = [];

    private Ticket()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The sequence value; <see cref="DisplayNumber"/> formats it with the kind's prefix.</summary>
    public long Number { get; private set; }

    public TicketKind Kind { get; private set; }

    public TicketNumber DisplayNumber => new(Kind, Number);

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string Category { get; private set; } = "";

    public string? Subcategory { get; private set; }

    /// <summary>From the category tree: security tickets follow the security procedure and need a root cause to close.</summary>
    public bool IsSecurity { get; private set; }

    public Severity Severity { get; private set; }

    /// <summary>The matrix criterion (or <c>engineer-override</c>) the current severity rests on.</summary>
    public string SeverityCriterion { get; private set; } = "";

    public Priority Priority { get; private set; }

    public string PriorityCriterion { get; private set; } = "";

    public string RequesterId { get; private set; } = "";

    public string? RequesterOrganization { get; private set; }

    public IReadOnlyList<string> AffectedServices => affectedServices;

    public Channel Channel { get; private set; }

    public DetectionSource DetectionSource { get; private set; }

    public string SupportGroupId { get; private set; } = "";

    /// <summary>Null for a named team outside the L1–L4 ladder.</summary>
    public SupportLevel? SupportLevel { get; private set; }

    public string? AssigneeId { get; private set; }

    public TicketStatus Status { get; private set; }

    public bool IsEnded => Status is TicketStatus.Closed or TicketStatus.Cancelled;

    public IReadOnlyList<TicketTask> Tasks => tasks;

    public IReadOnlyList<Comment> Comments => comments;

    public IReadOnlyList<TimelineEntry> Timeline => timeline;

    public SlaClockSet Sla { get; private set; } = null!;
}
