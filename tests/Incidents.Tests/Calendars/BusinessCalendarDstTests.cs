using IncidentWorkflows.Incidents.Calendars;
using IncidentWorkflows.Incidents.Tests.Support;

namespace IncidentWorkflows.Incidents.Tests.Calendars;

/// <summary>Amsterdam switches to CEST on 2025-03-30 (02:00 → 03:00) and back to CET on 2025-10-26 (03:00 → 02:00).</summary>
public class BusinessCalendarDstTests
{
    [Fact]
    public void Add_OfficeHoursAcrossSpringForwardWeekend_LandsOnMondayWallClock()
    {
        var due = TestCalendars.OfficeHours().Add(At.Cet(2025, 3, 28, 16), TimeSpan.FromHours(4));

        Assert.Equal(At.Cest(2025, 3, 31, 10), due);
    }

    [Fact]
    public void Add_OfficeHoursAcrossFallBackWeekend_LandsOnMondayWallClock()
    {
        var due = TestCalendars.OfficeHours().Add(At.Cest(2025, 10, 24, 16), TimeSpan.FromHours(4));

        Assert.Equal(At.Cet(2025, 10, 27, 10), due);
    }

    [Fact]
    public void Between_WholeSpringForwardDay_IsTwentyThreeHours()
    {
        var allDay = TestCalendars.EveryDayHours(0, 24);

        var elapsed = allDay.Between(At.Cet(2025, 3, 30, 0), At.Cest(2025, 3, 31, 0));

        Assert.Equal(TimeSpan.FromHours(23), elapsed);
    }

    [Fact]
    public void Between_WholeFallBackDay_IsTwentyFiveHours()
    {
        var allDay = TestCalendars.EveryDayHours(0, 24);

        var elapsed = allDay.Between(At.Cest(2025, 10, 26, 0), At.Cet(2025, 10, 27, 0));

        Assert.Equal(TimeSpan.FromHours(25), elapsed);
    }

    [Fact]
    public void Between_PeriodSpanningSpringForwardGap_LosesTheSkippedHour()
    {
        var night = TestCalendars.EveryDayHours(1, 4);

        var elapsed = night.Between(At.Utc(2025, 3, 29, 12), At.Utc(2025, 3, 30, 12));

        Assert.Equal(TimeSpan.FromHours(2), elapsed);
    }

    [Fact]
    public void Between_PeriodSpanningFallBackOverlap_GainsTheRepeatedHour()
    {
        var night = TestCalendars.EveryDayHours(1, 4);

        var elapsed = night.Between(At.Utc(2025, 10, 25, 12), At.Utc(2025, 10, 26, 12));

        Assert.Equal(TimeSpan.FromHours(4), elapsed);
    }

    [Fact]
    public void Add_PeriodStartingInsideSpringForwardGap_StartsWhereTheClockJumpedTo()
    {
        var lateNight = BusinessCalendar.BusinessHours(
            "late-night", TestCalendars.Amsterdam, TestCalendars.EveryDay, [new WorkingPeriod(TimeSpan.FromHours(2.5), TimeSpan.FromHours(5))]);

        var due = lateNight.Add(At.Cet(2025, 3, 30, 0), TimeSpan.FromMinutes(30));

        Assert.Equal(At.Cest(2025, 3, 30, 4), due);
    }

    [Fact]
    public void Add_OfficeHoursOnSpringForwardSunday_DayStillHasTenWorkingHours()
    {
        var everyDayOffice = TestCalendars.EveryDayHours(8, 18);

        Assert.Equal(TimeSpan.FromHours(10), everyDayOffice.Between(At.Cest(2025, 3, 30, 0), At.Cest(2025, 3, 31, 0)));
        Assert.Equal(At.Cest(2025, 3, 30, 18), everyDayOffice.Add(At.Cet(2025, 3, 30, 0), TimeSpan.FromHours(10)));
    }

    [Fact]
    public void Add_ThroughFallBackNight_CountsRealTime()
    {
        var allDay = TestCalendars.EveryDayHours(0, 24);

        var due = allDay.Add(At.Cest(2025, 10, 26, 0), TimeSpan.FromHours(4));

        Assert.Equal(At.Cet(2025, 10, 26, 3), due);
    }
}
