namespace IncidentWorkflows.Incidents.Calendars;

public sealed partial class BusinessCalendar
{
    // Holidays that swallow ten years of working days are a configuration error, not a reason to loop for ever.
    private const int MaxDaysWithoutWorkingTime = 3660;

    /// <summary>
    /// The earliest instant at which <paramref name="amount"/> of working time has passed since
    /// <paramref name="start"/>. Working time is real elapsed time inside open spans, so a working day that
    /// contains a DST change is as long as the clocks say it is.
    /// </summary>
    public DateTimeOffset Add(DateTimeOffset start, TimeSpan amount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, TimeSpan.Zero);
        if (amount == TimeSpan.Zero || Kind == CalendarKind.AlwaysOpen)
        {
            return start + amount;
        }

        var remaining = amount;
        foreach (var span in OpenSpansFrom(start))
        {
            var available = span.End - span.Start;
            if (remaining <= available)
            {
                return span.Start + remaining;
            }

            remaining -= available;
        }

        throw new InvalidOperationException("Open spans never end; this line is unreachable.");
    }

    /// <summary>Working time between two instants; zero when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        if (Kind == CalendarKind.AlwaysOpen)
        {
            return to - from;
        }

        var total = TimeSpan.Zero;
        foreach (var span in OpenSpansFrom(from))
        {
            if (span.Start >= to)
            {
                break;
            }

            total += (span.End < to ? span.End : to) - span.Start;
        }

        return total;
    }

    /// <summary>Whether working time runs at this instant (spans are closed at the start, open at the end).</summary>
    public bool IsOpenAt(DateTimeOffset instant) =>
        Kind == CalendarKind.AlwaysOpen || OpenSpansFrom(instant).First().Start == instant;
}
