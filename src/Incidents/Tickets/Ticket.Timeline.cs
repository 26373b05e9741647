namespace IncidentWorkflows.Incidents.Tickets;

public sealed partial class Ticket
{
    internal void Record(
        Actor by,
        DateTimeOffset at,
        string subject,
        string? oldValue,
        string? newValue,
        string? note = null,
        Visibility visibility = Visibility.Internal,
        int? corrects = null) =>
        timeline.Add(new TimelineEntry(timeline.Count + 1, at, by.Id, by.Role, subject, oldValue, newValue, note, visibility)
        {
            Corrects = corrects,
        });

    /// <summary>Appends a correction of an earlier entry; the entry itself stays as it was.</summary>
    public Outcome CorrectTimeline(int sequence, string correction, Actor by, DateTimeOffset at)
    {
        var original = timeline.FirstOrDefault(entry => entry.Sequence == sequence);
        if (original is null)
        {
            return Outcome.Refused(RuleIds.TimelineEntryNotFound, $"Ticket {DisplayNumber} has no timeline entry {sequence}.");
        }

        if (string.IsNullOrWhiteSpace(correction))
        {
            return Outcome.Refused(RuleIds.TextRequired, "A correction needs a text saying what was wrong and what is right.");
        }

        Record(by, at, TimelineSubjects.Correction, original.NewValue, null, correction, original.Visibility, sequence);
        return Outcome.Accepted;
    }

    /// <summary>Most changes are refused once a ticket is Closed or Cancelled; the timeline and internal notes stay open.</summary>
    private Refusal? RefuseWhenEnded(string what) =>
        IsEnded ? new Refusal(RuleIds.TicketClosed, $"Ticket {DisplayNumber} is {Status}; {what} is no longer possible.") : null;
}
