using System.Text.Json.Serialization;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Tickets;

namespace IncidentWorkflows.Host.Tickets.Views;

/// <summary>One line of the ticket list, as the caller may see it (<c>view</c>: <c>staff</c> or <c>requester</c>).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "view")]
[JsonDerivedType(typeof(StaffTicketListItem), "staff")]
[JsonDerivedType(typeof(RequesterTicketListItem), "requester")]
public abstract record TicketListItem(
    [property: JsonPropertyOrder(-1)] string Number,
    [property: JsonPropertyOrder(-1)] string Title,
    [property: JsonPropertyOrder(-1)] TicketStatus Status,
    [property: JsonPropertyOrder(-1)] DateTimeOffset CreatedAt,
    [property: JsonPropertyOrder(-1)] DateTimeOffset StatusChangedAt)
{
    public static TicketListItem For(TicketSummary summary, TicketCaller caller, SlaSummary? sla = null) =>
        caller.IsStaffSide ? new StaffTicketListItem(summary) { Sla = sla } : new RequesterTicketListItem(summary);
}

/// <summary>A requester's own ticket in their list: number, title and status.</summary>
public sealed record RequesterTicketListItem(string Number, string Title, TicketStatus Status, DateTimeOffset CreatedAt, DateTimeOffset StatusChangedAt)
    : TicketListItem(Number, Title, Status, CreatedAt, StatusChangedAt)
{
    public RequesterTicketListItem(TicketSummary summary)
        : this(summary.Number, summary.Title, summary.Status, summary.CreatedAt, summary.StatusChangedAt)
    {
    }
}

/// <summary>A line of a queue: classification, routing and who owns it.</summary>
public sealed record StaffTicketListItem : TicketListItem
{
    public StaffTicketListItem(TicketSummary summary)
        : base(summary.Number, summary.Title, summary.Status, summary.CreatedAt, summary.StatusChangedAt)
    {
        Kind = summary.Kind;
        Severity = summary.Severity;
        Priority = summary.Priority;
        Category = summary.Category;
        Subcategory = summary.Subcategory;
        SupportGroup = summary.SupportGroup;
        SupportLevel = summary.SupportLevel;
        Assignee = summary.Assignee;
        Requester = summary.Requester;
        Channel = summary.Channel;
    }

    public TicketKind Kind { get; }
    public Severity Severity { get; }
    public Priority Priority { get; }
    public string Category { get; }
    public string? Subcategory { get; }
    public string SupportGroup { get; }
    public SupportLevel? SupportLevel { get; }
    public string? Assignee { get; }
    public string Requester { get; }
    public Channel Channel { get; }

    /// <summary>The SLA in one word with the nearest due moment (badges and the SLA-state filter of the app).</summary>
    public SlaSummary? Sla { get; init; }
}
