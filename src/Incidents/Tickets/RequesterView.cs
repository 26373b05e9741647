namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>What the requester may see of their ticket at every level: number, status and public updates only.</summary>
public sealed record RequesterView(
    string Number,
    string Title,
    TicketStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset StatusChangedAt,
    IReadOnlyList<Comment> PublicUpdates,
    IReadOnlyList<TimelineEntry> History)
{
    public static RequesterView Of(Ticket ticket) => new(
        ticket.DisplayNumber.ToString(),
        ticket.Title,
        ticket.Status,
        ticket.CreatedAt,
        ticket.StatusChangedAt,
        [.. ticket.Comments.Where(comment => comment.Visibility == Visibility.Public)],
        [.. ticket.Timeline.Where(entry => entry.Visibility == Visibility.Public)]);
}
