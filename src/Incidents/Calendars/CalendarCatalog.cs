namespace IncidentWorkflows.Incidents.Calendars;

/// <summary>The calendars SLA policies refer to by id.</summary>
public sealed class CalendarCatalog
{
    public const string TwentyFourSevenId = "24x7";
    public const string BusinessHoursId = "business-hours";

    private readonly Dictionary<string, BusinessCalendar> calendars;

    public CalendarCatalog(IEnumerable<BusinessCalendar> calendars)
    {
        this.calendars = calendars.ToDictionary(calendar => calendar.Id, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyCollection<BusinessCalendar> All => calendars.Values;

    /// <summary>
    /// 24×7, and business hours Monday–Friday 08:00–18:00 in <paramref name="timeZoneId"/> without holidays
    /// (holidays are local knowledge: the process owner adds them).
    /// </summary>
    public static CalendarCatalog Defaults(string timeZoneId = "UTC") => new(
    [
        BusinessCalendar.AlwaysOpen(TwentyFourSevenId),
        BusinessCalendar.BusinessHours(
            BusinessHoursId,
            timeZoneId,
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            [WorkingPeriod.Hours(8, 18)],
            name: "Business hours"),
    ]);

    public BusinessCalendar Get(string id) =>
        calendars.TryGetValue(id, out var calendar)
            ? calendar
            : throw new KeyNotFoundException($"No calendar with id '{id}' is configured.");

    public bool TryGet(string id, out BusinessCalendar calendar) => calendars.TryGetValue(id, out calendar!);
}
