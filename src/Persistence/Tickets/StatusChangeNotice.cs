using System.Net.Mail;
using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.Tickets.Mapping;

namespace IncidentWorkflows.Persistence.Tickets;

/// <summary>
/// The outbox message queued with every status change (process.md §2, §6: the requester is notified of each), in the
/// shape the notification handler reads (README, Notifications): the status change, the requester's address and the
/// public note of the change, plus ticket facts templates may show as <c>event.*</c>. The key names the ticket and the
/// timeline entry of the change, so a repeated delivery is recognisable and two changes never share a key.
/// </summary>
public sealed record StatusChangeNotice(
    string TicketNumber,
    string Title,
    TicketStatus? OldStatus,
    TicketStatus NewStatus,
    string? RequesterEmail,
    string? RequesterName,
    string? PublicNote,
    DateTimeOffset ChangedAt,
    Guid TicketId,
    TicketKind Kind,
    Severity Severity,
    Priority Priority,
    string RequesterId,
    string ChangedBy,
    ActorRole ChangedByRole,
    int Sequence)
{
    public const string MessageKind = "ticket.status-changed";

    public static string IdempotencyKey(TicketNumber number, int sequence) => $"ticket:{number}:{sequence}";

    /// <summary>
    /// One message per status entry the change appended (a single command can move the status twice, e.g. escalation to L4).
    /// The entry's note is public by construction: the domain records status entries visible to the requester.
    /// </summary>
    public static IEnumerable<OutboxMessage> For(Ticket ticket, int firstNewSequence, string? requesterName, DateTimeOffset now) =>
        StatusEntries(ticket, firstNewSequence).Select(entry => new OutboxMessage
        {
            Kind = MessageKind,
            IdempotencyKey = IdempotencyKey(ticket.DisplayNumber, entry.Sequence),
            PayloadJson = StoredJson.Serialize(new StatusChangeNotice(
                ticket.DisplayNumber.ToString(),
                ticket.Title,
                entry.OldValue is null ? null : Enum.Parse<TicketStatus>(entry.OldValue),
                Enum.Parse<TicketStatus>(entry.NewValue!),
                EmailOf(ticket.RequesterId),
                requesterName,
                entry.Note,
                entry.At,
                ticket.Id,
                ticket.Kind,
                ticket.Severity,
                ticket.Priority,
                ticket.RequesterId,
                entry.ActorId,
                entry.ActorRole,
                entry.Sequence)),
            CreatedAt = now,
            AvailableAt = now,
        });

    public static bool AnyFor(Ticket ticket, int firstNewSequence) => StatusEntries(ticket, firstNewSequence).Any();

    private static IEnumerable<TimelineEntry> StatusEntries(Ticket ticket, int firstNewSequence) =>
        ticket.Timeline.Where(entry => entry.Sequence >= firstNewSequence && entry.Subject == TimelineSubjects.Status);

    /// <summary>Requesters are usually known by their e-mail address; one reached by phone under another id gets no e-mail.</summary>
    private static string? EmailOf(string requesterId) =>
        MailAddress.TryCreate(requesterId, out var address) && address.Address == requesterId.Trim() ? address.Address : null;
}
