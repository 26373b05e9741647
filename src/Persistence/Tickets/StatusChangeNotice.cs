using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.Tickets.Mapping;

namespace IncidentWorkflows.Persistence.Tickets;

/// <summary>
/// The outbox message queued with every status change (process.md §6: the requester is notified of each), for the
/// notification sender. The key names the ticket and the timeline entry of the change, so a repeated delivery is
/// recognisable and two changes never share a key.
/// </summary>
public sealed record StatusChangeNotice(
    Guid TicketId,
    string Number,
    TicketKind Kind,
    string Title,
    string RequesterId,
    TicketStatus? From,
    TicketStatus To,
    DateTimeOffset At,
    string ChangedBy,
    ActorRole ChangedByRole,
    string? Note,
    int Sequence)
{
    public const string MessageKind = "ticket.status-changed";

    public static string IdempotencyKey(TicketNumber number, int sequence) => $"ticket:{number}:{sequence}";

    /// <summary>One message per status entry the change appended (a single command can move the status twice, e.g. escalation to L4).</summary>
    public static IEnumerable<OutboxMessage> For(Ticket ticket, int firstNewSequence, DateTimeOffset now) =>
        ticket.Timeline
            .Where(entry => entry.Sequence >= firstNewSequence && entry.Subject == TimelineSubjects.Status)
            .Select(entry => new OutboxMessage
            {
                Kind = MessageKind,
                IdempotencyKey = IdempotencyKey(ticket.DisplayNumber, entry.Sequence),
                PayloadJson = StoredJson.Serialize(new StatusChangeNotice(
                    ticket.Id,
                    ticket.DisplayNumber.ToString(),
                    ticket.Kind,
                    ticket.Title,
                    ticket.RequesterId,
                    entry.OldValue is null ? null : Enum.Parse<TicketStatus>(entry.OldValue),
                    Enum.Parse<TicketStatus>(entry.NewValue!),
                    entry.At,
                    entry.ActorId,
                    entry.ActorRole,
                    entry.Note,
                    entry.Sequence)),
                CreatedAt = now,
                AvailableAt = now,
            });
}
