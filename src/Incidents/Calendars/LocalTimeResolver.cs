namespace IncidentWorkflows.Incidents.Calendars;

/// <summary>
/// Turns a wall-clock time in a zone into an instant, including the two moments a day's wall clock is not a
/// one-to-one map: the spring-forward gap and the fall-back overlap.
/// </summary>
internal static class LocalTimeResolver
{
    public static DateTimeOffset ToInstant(DateOnly day, TimeSpan timeOfDay, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue).Add(timeOfDay);
        return new DateTimeOffset(local, OffsetAt(local, zone)).ToUniversalTime();
    }

    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    private static TimeSpan OffsetAt(DateTime local, TimeZoneInfo zone)
    {
        // A skipped wall time (02:30 on a spring-forward day) moves forward by the length of the gap, as clocks do:
        // reading it with the offset in force before the gap lands on the same distance after the jump.
        if (zone.IsInvalidTime(local))
        {
            return zone.GetUtcOffset(local.AddDays(-1));
        }

        // A repeated wall time (02:30 on a fall-back day) is taken at its first occurrence, the larger offset.
        if (zone.IsAmbiguousTime(local))
        {
            return zone.GetAmbiguousTimeOffsets(local).Max();
        }

        return zone.GetUtcOffset(local);
    }
}
