using IncidentWorkflows.Incidents.Calendars;

namespace IncidentWorkflows.Incidents.Sla;

public sealed partial class SlaClock
{
    /// <summary>Working time the clock has run until <paramref name="now"/>, in <paramref name="calendar"/>.</summary>
    public TimeSpan Elapsed(BusinessCalendar calendar, DateTimeOffset now)
    {
        var elapsed = TimeSpan.Zero;
        foreach (var interval in intervals.Where(interval => interval.Start < now))
        {
            var end = interval.End is { } closed && closed < now ? closed : now;
            elapsed += calendar.Between(interval.Start, end);
        }

        return elapsed;
    }

    public SlaClockReading Read(BusinessCalendar calendar, DateTimeOffset now)
    {
        var elapsed = Elapsed(calendar, now);
        return new SlaClockReading(
            Kind,
            Level,
            State,
            Target,
            elapsed,
            Target - elapsed,
            MomentReaching(CurrentTarget.WarningThreshold, calendar),
            MomentReaching(Target, calendar),
            IsBreachedWith(elapsed));
    }

    /// <summary>
    /// Doing the measured thing at the due moment is on time; still running (or paused) at the due moment is a breach.
    /// </summary>
    private bool IsBreachedWith(TimeSpan elapsed) =>
        !IsRetired && (State == SlaClockState.Stopped ? elapsed > Target : elapsed >= Target);

    /// <summary>
    /// When the clock's running time reaches <paramref name="amount"/>: walking the history interval by interval, so the
    /// answer is right also for a moment that already passed before a pause. Null when the clock is paused or stopped
    /// short of it.
    /// </summary>
    internal DateTimeOffset? MomentReaching(TimeSpan amount, BusinessCalendar calendar)
    {
        var accumulated = TimeSpan.Zero;
        foreach (var interval in intervals)
        {
            var remaining = amount - accumulated;
            if (interval.End is not { } end)
            {
                return calendar.Add(interval.Start, remaining);
            }

            var length = calendar.Between(interval.Start, end);
            if (length >= remaining)
            {
                return calendar.Add(interval.Start, remaining);
            }

            accumulated += length;
        }

        return null;
    }
}
