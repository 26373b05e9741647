using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Tests.Support;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using static IncidentWorkflows.Incidents.Tests.Support.TestTickets;

namespace IncidentWorkflows.Incidents.Tests.Sla;

/// <summary>Amsterdam: spring forward on Sunday 2025-03-30, fall back on Sunday 2025-10-26.</summary>
public class DstClockTests
{
    [Fact]
    public void Open_S3BeforeSpringForwardWeekend_IsDueAtMondayWallClockInSummerTime()
    {
        var friday = At.Cet(2025, 3, 28, 16);
        var ticket = Open(Severity.S3, at: friday);

        Assert.Equal(At.Cest(2025, 3, 31, 10), ticket.Read(SlaClockKind.Response, friday).DueAt);
        Assert.Equal(At.Cest(2025, 3, 31, 9), ticket.Read(SlaClockKind.Response, friday).WarningAt);
        Assert.Equal(At.Cest(2025, 4, 2, 16), ticket.Read(SlaClockKind.Resolution, friday).DueAt);
    }

    [Fact]
    public void Open_S3BeforeFallBackWeekend_IsDueAtMondayWallClockInWinterTime()
    {
        var friday = At.Cest(2025, 10, 24, 16);
        var ticket = Open(Severity.S3, at: friday);

        Assert.Equal(At.Cet(2025, 10, 27, 10), ticket.Read(SlaClockKind.Response, friday).DueAt);
    }

    [Fact]
    public void Open_S1TheNightClocksSpringForward_IsDueFourRealHoursLater()
    {
        var saturdayNight = At.Cet(2025, 3, 29, 23);
        var ticket = Open(Severity.S1, at: saturdayNight);

        Assert.Equal(At.Cest(2025, 3, 30, 4), ticket.Read(SlaClockKind.Resolution, saturdayNight).DueAt);
    }

    [Fact]
    public void Open_S1TheNightClocksFallBack_IsDueFourRealHoursLater()
    {
        var saturdayNight = At.Cest(2025, 10, 25, 23);
        var ticket = Open(Severity.S1, at: saturdayNight);

        Assert.Equal(At.Cet(2025, 10, 26, 2), ticket.Read(SlaClockKind.Resolution, saturdayNight).DueAt);
    }

    /// <summary>8 h on Friday (CET); from Monday 09:00 CEST the other 22 h are 9 + 10 + 3: Wednesday 11:00 CEST.</summary>
    [Fact]
    public void Read_S3PendingAcrossSpringForward_CountsOnlyWorkingHoursOnBothSides()
    {
        var ticket = Open(Severity.S3, at: At.Cet(2025, 3, 28, 9));
        ticket.Apply(new StartWork(Engineer, At.Cet(2025, 3, 28, 9, 15), Engineer.Id));
        ticket.Apply(new PutOnHold(Engineer, At.Cet(2025, 3, 28, 17), PendingReason.AwaitingCustomerApproval, "Approval of the fix window."));
        ticket.Apply(new Resume(Engineer, At.Cest(2025, 3, 31, 9), "Approved."));

        var reading = ticket.Read(SlaClockKind.Resolution, At.Cest(2025, 3, 31, 12));

        Assert.Equal(TimeSpan.FromHours(8 + 3), reading.Elapsed);
        Assert.Equal(At.Cest(2025, 4, 2, 11), reading.DueAt);
    }
}
