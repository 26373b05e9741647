using IncidentWorkflows.Incidents.Calendars;
using IncidentWorkflows.Incidents.Tests.Support;

namespace IncidentWorkflows.Incidents.Tests.Calendars;

public class BusinessCalendarValidationTests
{
    [Fact]
    public void Validate_DefaultCatalog_HasNoProblems()
    {
        Assert.All(CalendarCatalog.Defaults("Europe/Amsterdam").All, calendar => Assert.Empty(calendar.Validate()));
    }

    [Fact]
    public void Validate_UnknownZone_NamesTheZone()
    {
        var calendar = BusinessCalendar.BusinessHours("x", "Mars/Olympus_Mons", TestCalendars.Weekdays, [WorkingPeriod.Hours(8, 18)]);

        Assert.Contains(calendar.Validate(), problem => problem.Contains("Mars/Olympus_Mons", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_OverlappingPeriodsAndNoDays_ReportsBoth()
    {
        var calendar = BusinessCalendar.BusinessHours("x", "UTC", [], [WorkingPeriod.Hours(8, 12), WorkingPeriod.Hours(11, 18)]);

        var problems = calendar.Validate();

        Assert.Contains(problems, problem => problem.Contains("working day", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("overlap", StringComparison.Ordinal));
    }

    [Fact]
    public void Add_InvalidCalendar_ThrowsWithTheProblem()
    {
        var calendar = BusinessCalendar.BusinessHours("x", "UTC", TestCalendars.Weekdays, [WorkingPeriod.Hours(18, 8)]);

        var error = Assert.Throws<InvalidOperationException>(() => calendar.Add(At.Utc(2025, 1, 6, 9), TimeSpan.FromHours(1)));
        Assert.Contains("must start before it ends", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_HolidaysCoverEveryWorkingDayForYears_ThrowsInsteadOfLooping()
    {
        var mondays = Enumerable.Range(0, 600).Select(week => new DateOnly(2025, 1, 6).AddDays(7 * week)).ToArray();
        var calendar = BusinessCalendar.BusinessHours("mondays", "UTC", [DayOfWeek.Monday], [WorkingPeriod.Hours(8, 18)], mondays);

        Assert.Throws<InvalidOperationException>(() => calendar.Add(At.Utc(2025, 1, 1, 0), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Catalog_Get_UnknownId_ThrowsNamingTheId()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => CalendarCatalog.Defaults().Get("nope"));

        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
    }
}
