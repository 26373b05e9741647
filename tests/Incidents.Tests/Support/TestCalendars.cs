using IncidentWorkflows.Incidents.Calendars;

namespace IncidentWorkflows.Incidents.Tests.Support;

/// <summary>Calendars in Europe/Amsterdam, whose DST changes (last Sunday of March and October) the tests cross.</summary>
internal static class TestCalendars
{
    public const string Amsterdam = "Europe/Amsterdam";

    public static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static readonly DayOfWeek[] EveryDay = Enum.GetValues<DayOfWeek>();

    public static BusinessCalendar OfficeHours(params DateOnly[] holidays) =>
        BusinessCalendar.BusinessHours(CalendarCatalog.BusinessHoursId, Amsterdam, Weekdays, [WorkingPeriod.Hours(8, 18)], holidays);

    public static BusinessCalendar EveryDayHours(int fromHour, int toHour) =>
        BusinessCalendar.BusinessHours("every-day", Amsterdam, EveryDay, [WorkingPeriod.Hours(fromHour, toHour)]);

    public static CalendarCatalog Catalog(params DateOnly[] holidays) =>
        new([BusinessCalendar.AlwaysOpen(CalendarCatalog.TwentyFourSevenId), OfficeHours(holidays)]);
}
