using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.Tickets.Mapping;

namespace IncidentWorkflows.Persistence.Tickets;

/// <summary>
/// The outbox message that wakes workflows waiting on a ticket (README, SLA timers and escalation in workflows): queued
/// when a change touches what SLA clocks and escalation depend on. Its handler resumes the bookmarks named
/// <see cref="StimulusName"/> with payload <c>{"ticket": number}</c>. <see cref="OriginInstanceId"/> and
/// <see cref="OriginActivityId"/> name the activity that made the change inside a burst; that activity is not woken
/// by its own change.
/// </summary>
public sealed record TicketChangedSignal(string Ticket, string Change, string? OriginInstanceId = null, string? OriginActivityId = null)
{
    public const string MessageKind = "workflow.ticket-changed";
    public const string StimulusName = "Incidents.TicketChanged";
    public const string TicketKey = "ticket";
    public const string ChangeKey = "change";

    /// <summary>The timeline subjects a waiting workflow cares about: status, classification, group and level, policy.</summary>
    public static IReadOnlySet<string> Subjects { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        TimelineSubjects.Status, TimelineSubjects.Severity, TimelineSubjects.Priority, TimelineSubjects.Category,
        TimelineSubjects.SupportGroup, TimelineSubjects.SupportLevel, TimelineSubjects.SlaPolicy,
    };

    public static IReadOnlyDictionary<string, string> BookmarkPayload(string ticket) =>
        new Dictionary<string, string> { [TicketKey] = ticket };

    /// <summary>
    /// The signal for the entries a change appended from <paramref name="firstNewSequence"/>, or null when none of them
    /// matters. The key names the first such entry, so each change has its own key and a repeat is recognisable.
    /// </summary>
    public static (TicketChangedSignal Signal, string Key)? For(Ticket ticket, int firstNewSequence, string? originInstanceId = null, string? originActivityId = null)
    {
        var entries = ticket.Timeline.Where(entry => entry.Sequence >= firstNewSequence && Subjects.Contains(entry.Subject)).ToList();
        if (entries.Count == 0)
            return null;

        var change = string.Join(",", entries.Select(entry => entry.Subject).Distinct());
        var signal = new TicketChangedSignal(ticket.DisplayNumber.ToString(), change, originInstanceId, originActivityId);
        return (signal, $"ticket-changed:{ticket.DisplayNumber}:{entries[0].Sequence}");
    }

    public static TicketChangedSignal Parse(string json) => StoredJson.Deserialize<TicketChangedSignal>(json);

    public string ToJson() => StoredJson.Serialize(this);

    public OutboxMessage ToMessage(string key, DateTimeOffset now) => new()
    {
        Kind = MessageKind,
        IdempotencyKey = key,
        PayloadJson = ToJson(),
        CreatedAt = now,
        AvailableAt = now,
    };
}
