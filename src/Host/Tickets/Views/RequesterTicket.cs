using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Host.Tickets.Views;

/// <summary>The requester's view (the domain's <see cref="RequesterView"/>): internal notes and internal timeline entries are left out.</summary>
public sealed record RequesterTicket : TicketView
{
    public required IReadOnlyList<Comment> PublicUpdates { get; init; }

    public required IReadOnlyList<TimelineEntry> History { get; init; }

    public static RequesterTicket From(Ticket ticket)
    {
        var view = RequesterView.Of(ticket);
        return new RequesterTicket
        {
            Number = view.Number,
            Title = view.Title,
            Status = view.Status,
            CreatedAt = view.CreatedAt,
            StatusChangedAt = view.StatusChangedAt,
            PublicUpdates = view.PublicUpdates,
            History = view.History,
        };
    }
}
