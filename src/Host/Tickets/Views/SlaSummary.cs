using IncidentWorkflows.Incidents.Calendars;
using IncidentWorkflows.Incidents.Sla;

namespace IncidentWorkflows.Host.Tickets.Views;

/// <summary>
/// A ticket's SLA in one word for lists and badges, read now: <c>breached</c> (an open clock is past due), <c>paused</c>
/// (Pending), <c>warned</c> (an open clock passed its warning moment), <c>on-track</c>, or <c>stopped</c> (no clock runs);
/// with the nearest due moment of an open clock and the working time left until it.
/// </summary>
public sealed record SlaSummary(string State, DateTimeOffset? DueAt, TimeSpan? Remaining)
{
    public const string Breached = "breached";
    public const string Paused = "paused";
    public const string Warned = "warned";
    public const string OnTrack = "on-track";
    public const string Stopped = "stopped";

    public static SlaSummary Of(SlaClockSet clocks, CalendarCatalog calendars, DateTimeOffset now)
    {
        var open = clocks.Read(calendars, now).Where(c => c.State != SlaClockState.Stopped).ToList();
        var next = open.Where(c => c.DueAt is not null).MinBy(c => c.DueAt);
        var state = open.Count == 0 ? Stopped
            : open.Any(c => c.IsBreached) ? Breached
            : clocks.IsPaused ? Paused
            : open.Any(c => c.WarningAt is { } warningAt && warningAt <= now) ? Warned
            : OnTrack;
        return new SlaSummary(state, next?.DueAt, next?.Remaining);
    }
}
