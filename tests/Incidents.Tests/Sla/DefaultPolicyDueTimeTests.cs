using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Tests.Support;
using IncidentWorkflows.Incidents.Tickets;
using static IncidentWorkflows.Incidents.Tests.Support.TestTickets;

namespace IncidentWorkflows.Incidents.Tests.Sla;

/// <summary>Due and 75 % warning moments of the default policy (process.md §4) right after logging.</summary>
public class DefaultPolicyDueTimeTests
{
    private static readonly DateTimeOffset FridayAfternoon = At.Cet(2025, 3, 21, 16);

    [Fact]
    public void Open_S1_AcknowledgeIn5MinutesRespondIn15ResolveIn4HoursAroundTheClock()
    {
        var ticket = Open(Severity.S1);

        Assert.Equal((MondayMorning.AddMinutes(5), MondayMorning.AddSeconds(225)), Moments(ticket, SlaClockKind.Acknowledge));
        Assert.Equal((MondayMorning.AddMinutes(15), MondayMorning.AddSeconds(675)), Moments(ticket, SlaClockKind.Response));
        Assert.Equal((MondayMorning.AddHours(4), MondayMorning.AddHours(3)), Moments(ticket, SlaClockKind.Resolution));
    }

    [Fact]
    public void Open_S1OnSaturdayNight_IsDueAtNightToo()
    {
        var saturdayNight = At.Cet(2025, 3, 22, 23);
        var ticket = Open(Severity.S1, at: saturdayNight);

        Assert.Equal(saturdayNight.AddHours(4), ticket.Read(SlaClockKind.Resolution, saturdayNight).DueAt);
    }

    [Fact]
    public void Open_S2_Respond30MinutesResolve8Hours()
    {
        var ticket = Open(Severity.S2);

        Assert.Null(ticket.Sla.Acknowledge);
        Assert.Equal((MondayMorning.AddMinutes(30), MondayMorning.AddMinutes(22.5)), Moments(ticket, SlaClockKind.Response));
        Assert.Equal((MondayMorning.AddHours(8), MondayMorning.AddHours(6)), Moments(ticket, SlaClockKind.Resolution));
    }

    [Fact]
    public void Open_S3OnFridayAfternoon_Respond4BusinessHoursResolve3BusinessDays()
    {
        var ticket = Open(Severity.S3, at: FridayAfternoon);

        Assert.Equal((At.Cet(2025, 3, 24, 10), At.Cet(2025, 3, 24, 9)), Moments(ticket, SlaClockKind.Response, FridayAfternoon));
        Assert.Equal((At.Cet(2025, 3, 26, 16), At.Cet(2025, 3, 26, 8, 30)), Moments(ticket, SlaClockKind.Resolution, FridayAfternoon));
    }

    [Fact]
    public void Open_S4OnFridayAfternoon_Respond1BusinessDayResolve10BusinessDaysAcrossDst()
    {
        var ticket = Open(Severity.S4, at: FridayAfternoon);

        Assert.Equal(At.Cet(2025, 3, 24, 16), ticket.Read(SlaClockKind.Response, FridayAfternoon).DueAt);
        Assert.Equal(At.Cest(2025, 4, 4, 16), ticket.Read(SlaClockKind.Resolution, FridayAfternoon).DueAt);
    }

    [Fact]
    public void Open_S4BeforeChristmas_SkipsTheHolidays()
    {
        var christmasEve = At.Cet(2025, 12, 24, 16);
        var ticket = Open(Severity.S4, at: christmasEve);
        var calendars = TestCalendars.Catalog(new DateOnly(2025, 12, 25), new DateOnly(2025, 12, 26));

        Assert.Equal(At.Cet(2025, 12, 29, 16), ticket.Read(SlaClockKind.Response, christmasEve, calendars).DueAt);
    }

    [Fact]
    public void Open_TargetsConfiguredInSeconds_AreHonouredToTheSecond()
    {
        var book = new SlaPolicyBook(
        [
            new SlaPolicy("tight", "Tight", SlaPolicyScope.Any, new SlaTargets
            {
                Response = TimeSpan.FromSeconds(90),
                Resolution = TimeSpan.FromSeconds(3601),
                CalendarId = "24x7",
                WarningRatio = 0.5,
            }),
        ]);
        var ticket = Open(policies: book);

        Assert.Equal((MondayMorning.AddSeconds(90), MondayMorning.AddSeconds(45)), Moments(ticket, SlaClockKind.Response));
        Assert.Equal(MondayMorning.AddSeconds(3601), ticket.Read(SlaClockKind.Resolution, MondayMorning).DueAt);
    }

    private static (DateTimeOffset? Due, DateTimeOffset? Warning) Moments(Ticket ticket, SlaClockKind kind, DateTimeOffset? now = null)
    {
        var reading = ticket.Read(kind, now ?? MondayMorning);
        return (reading.DueAt, reading.WarningAt);
    }
}
