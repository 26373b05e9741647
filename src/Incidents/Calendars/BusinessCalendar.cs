namespace IncidentWorkflows.Incidents.Calendars;

/// <summary>
/// When SLA time runs: always (24×7), or during working periods on working days that are not holidays, in wall-clock
/// time of an IANA time zone. Plain settable properties so configuration binding and EF Core can fill it.
/// </summary>
public sealed partial class BusinessCalendar
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public CalendarKind Kind { get; set; } = CalendarKind.BusinessHours;

    /// <summary>IANA zone id such as <c>Europe/Amsterdam</c>; wall-clock periods and holiday dates are read in it.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    public List<DayOfWeek> WorkingDays { get; set; } = [];

    public List<WorkingPeriod> Periods { get; set; } = [];

    /// <summary>Whole days (in the calendar's zone) without working time, whatever their weekday.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    public static BusinessCalendar AlwaysOpen(string id, string name = "24×7") =>
        new() { Id = id, Name = name, Kind = CalendarKind.AlwaysOpen };

    public static BusinessCalendar BusinessHours(
        string id,
        string timeZoneId,
        IEnumerable<DayOfWeek> workingDays,
        IEnumerable<WorkingPeriod> periods,
        IEnumerable<DateOnly>? holidays = null,
        string? name = null) =>
        new()
        {
            Id = id,
            Name = name ?? id,
            Kind = CalendarKind.BusinessHours,
            TimeZoneId = timeZoneId,
            WorkingDays = [.. workingDays],
            Periods = [.. periods],
            Holidays = [.. holidays ?? []],
        };

    /// <summary>
    /// The working time of one ordinary working day (wall clock), e.g. 10 h for 08:00–18:00. It is what
    /// "1 business day" means when a target is configured in business days.
    /// </summary>
    public TimeSpan WorkingDayLength => Kind == CalendarKind.AlwaysOpen
        ? TimeSpan.FromDays(1)
        : Periods.Aggregate(TimeSpan.Zero, (sum, period) => sum + period.WallClockLength);
}
