namespace IncidentWorkflows.Incidents.Calendars;

/// <summary>A stretch of working time between two instants.</summary>
internal readonly record struct OpenSpan(DateTimeOffset Start, DateTimeOffset End);

public sealed partial class BusinessCalendar
{
    /// <summary>The working spans from an instant on, in order, the first one cut to start at the instant.</summary>
    internal IEnumerable<OpenSpan> OpenSpansFrom(DateTimeOffset instant)
    {
        EnsureValid();
        if (Kind == CalendarKind.AlwaysOpen)
        {
            yield return new OpenSpan(instant, DateTimeOffset.MaxValue);
            yield break;
        }

        var zone = Zone;
        var periods = Periods.OrderBy(period => period.From).ToArray();
        var workingDays = WorkingDays.ToHashSet();
        var holidays = Holidays.ToHashSet();

        // Start a day early: with a fall-back at midnight, yesterday's last period can end after this instant.
        var day = LocalTimeResolver.LocalDate(instant, zone).AddDays(-1);
        var daysWithoutWork = 0;
        while (true)
        {
            if (workingDays.Contains(day.DayOfWeek) && !holidays.Contains(day))
            {
                foreach (var period in periods)
                {
                    var start = LocalTimeResolver.ToInstant(day, period.From, zone);
                    var end = LocalTimeResolver.ToInstant(day, period.To, zone);
                    if (end <= instant || end <= start)
                    {
                        continue;
                    }

                    daysWithoutWork = 0;
                    yield return new OpenSpan(start < instant ? instant : start, end);
                }
            }

            if (++daysWithoutWork > MaxDaysWithoutWorkingTime)
            {
                throw new InvalidOperationException(
                    $"Calendar '{Id}' has no working time in {MaxDaysWithoutWorkingTime} days after {day.AddDays(-MaxDaysWithoutWorkingTime)}.");
            }

            day = day.AddDays(1);
        }
    }
}
