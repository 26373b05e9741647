namespace IncidentWorkflows.Incidents.Calendars;

/// <summary>
/// A span of working time within a day, in the calendar's wall-clock time, e.g. 08:00–18:00.
/// <see cref="To"/> may be 24:00 (a <see cref="TimeSpan"/> of one day), which <see cref="TimeOnly"/> cannot express.
/// </summary>
public sealed record WorkingPeriod(TimeSpan From, TimeSpan To)
{
    public static WorkingPeriod Hours(int fromHour, int toHour) =>
        new(TimeSpan.FromHours(fromHour), TimeSpan.FromHours(toHour));

    public bool IsValid => From >= TimeSpan.Zero && To <= TimeSpan.FromDays(1) && From < To;

    public TimeSpan WallClockLength => To - From;
}
