using IncidentWorkflows.Incidents.Calendars;
using IncidentWorkflows.Incidents.Tests.Support;

namespace IncidentWorkflows.Incidents.Tests.Calendars;

public class BusinessCalendarAddTests
{
    private readonly BusinessCalendar office = TestCalendars.OfficeHours();

    [Fact]
    public void Add_WithinOneWorkingDay_AddsWallClockTime()
    {
        var due = office.Add(At.Cet(2025, 3, 24, 9), TimeSpan.FromHours(4));

        Assert.Equal(At.Cet(2025, 3, 24, 13), due);
    }

    [Fact]
    public void Add_EndingExactlyAtClosing_ReturnsClosingNotNextOpening()
    {
        var due = office.Add(At.Cet(2025, 3, 21, 14), TimeSpan.FromHours(4));

        Assert.Equal(At.Cet(2025, 3, 21, 18), due);
    }

    [Fact]
    public void Add_AcrossWeekend_SkipsSaturdayAndSunday()
    {
        var due = office.Add(At.Cet(2025, 3, 21, 16), TimeSpan.FromHours(4));

        Assert.Equal(At.Cet(2025, 3, 24, 10), due);
    }

    [Fact]
    public void Add_StartingOnSaturday_CountsFromMondayOpening()
    {
        var due = office.Add(At.Cet(2025, 3, 22, 12), TimeSpan.FromHours(1));

        Assert.Equal(At.Cet(2025, 3, 24, 9), due);
    }

    [Fact]
    public void Add_StartingBeforeOpening_CountsFromOpening()
    {
        var due = office.Add(At.Cet(2025, 3, 24, 6, 30), TimeSpan.FromMinutes(30));

        Assert.Equal(At.Cet(2025, 3, 24, 8, 30), due);
    }

    [Fact]
    public void Add_Zero_ReturnsStartEvenOutsideWorkingTime()
    {
        var saturday = At.Cet(2025, 3, 22, 12);

        Assert.Equal(saturday, office.Add(saturday, TimeSpan.Zero));
    }

    [Fact]
    public void Add_AcrossHolidays_SkipsThem()
    {
        var christmas = TestCalendars.OfficeHours(new DateOnly(2025, 12, 25), new DateOnly(2025, 12, 26));

        var due = christmas.Add(At.Cet(2025, 12, 24, 16), TimeSpan.FromHours(4));

        Assert.Equal(At.Cet(2025, 12, 29, 10), due);
    }

    [Fact]
    public void Add_ToSecondPrecision_KeepsSeconds()
    {
        var due = office.Add(At.Cet(2025, 3, 24, 17, 59, 30), TimeSpan.FromSeconds(45));

        Assert.Equal(At.Cet(2025, 3, 25, 8, 0, 15), due);
    }

    [Fact]
    public void Add_TwoPeriodsPerDay_SkipsLunchBreak()
    {
        var split = BusinessCalendar.BusinessHours(
            "split", TestCalendars.Amsterdam, TestCalendars.Weekdays, [WorkingPeriod.Hours(13, 18), WorkingPeriod.Hours(8, 12)]);

        var due = split.Add(At.Cet(2025, 3, 24, 11), TimeSpan.FromHours(2));

        Assert.Equal(At.Cet(2025, 3, 24, 14), due);
    }

    [Fact]
    public void Add_NegativeAmount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => office.Add(At.Cet(2025, 3, 24, 9), TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public void Add_AlwaysOpen_AddsRealTimeAcrossWeekendsAndDst()
    {
        var always = BusinessCalendar.AlwaysOpen("24x7");

        var due = always.Add(At.Cet(2025, 3, 29, 22), TimeSpan.FromHours(8));

        Assert.Equal(At.Cest(2025, 3, 30, 7), due);
    }
}
