using IncidentWorkflows.Incidents.Calendars;
using IncidentWorkflows.Incidents.Tests.Support;

namespace IncidentWorkflows.Incidents.Tests.Calendars;

public class BusinessCalendarBetweenTests
{
    private readonly BusinessCalendar office = TestCalendars.OfficeHours();

    [Fact]
    public void Between_FridayAfternoonToMondayMorning_CountsOnlyOpenHours()
    {
        var elapsed = office.Between(At.Cet(2025, 3, 21, 15), At.Cet(2025, 3, 24, 9, 30));

        Assert.Equal(TimeSpan.FromHours(4.5), elapsed);
    }

    [Fact]
    public void Between_WholeWorkingWeek_IsFiftyHours()
    {
        var elapsed = office.Between(At.Cet(2025, 3, 22, 0), At.Cet(2025, 3, 29, 0));

        Assert.Equal(TimeSpan.FromHours(50), elapsed);
    }

    [Fact]
    public void Between_ReversedOrEqualInstants_IsZero()
    {
        Assert.Equal(TimeSpan.Zero, office.Between(At.Cet(2025, 3, 24, 12), At.Cet(2025, 3, 24, 10)));
        Assert.Equal(TimeSpan.Zero, office.Between(At.Cet(2025, 3, 24, 12), At.Cet(2025, 3, 24, 12)));
    }

    [Fact]
    public void Between_OverHoliday_SkipsIt()
    {
        var kingsDay = TestCalendars.OfficeHours(new DateOnly(2025, 4, 28));

        var elapsed = kingsDay.Between(At.Cest(2025, 4, 25, 17), At.Cest(2025, 4, 29, 9));

        Assert.Equal(TimeSpan.FromHours(2), elapsed);
    }

    [Fact]
    public void Between_InstantsGivenInDifferentOffsets_CompareAsInstants()
    {
        var elapsed = office.Between(At.Utc(2025, 3, 24, 8), At.Cet(2025, 3, 24, 12));

        Assert.Equal(TimeSpan.FromHours(3), elapsed);
    }

    [Theory]
    [InlineData(2025, 3, 24, 8, 0, true)]
    [InlineData(2025, 3, 24, 17, 59, true)]
    [InlineData(2025, 3, 24, 18, 0, false)]
    [InlineData(2025, 3, 24, 7, 59, false)]
    [InlineData(2025, 3, 22, 12, 0, false)]
    public void IsOpenAt_OfficeHours_OpenFromOpeningUntilJustBeforeClosing(int year, int month, int day, int hour, int minute, bool open)
    {
        Assert.Equal(open, office.IsOpenAt(At.Cet(year, month, day, hour, minute)));
    }

    [Fact]
    public void WorkingDayLength_OfficeHours_IsTenHours()
    {
        Assert.Equal(TimeSpan.FromHours(10), office.WorkingDayLength);
    }
}
