using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Tests.Support;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using Microsoft.Extensions.Time.Testing;
using static IncidentWorkflows.Incidents.Tests.Support.TestTickets;

namespace IncidentWorkflows.Incidents.Tests.Sla;

/// <summary>
/// An S3 ticket (30 business hours to resolve, Mon–Fri 08:00–18:00 Amsterdam) logged Thursday 10:00, Pending from
/// Friday 15:00 to Monday 11:00: 15 h used before the pause, the 6 business hours of the pause (Fri 15–18, Mon 8–11) and
/// the weekend do not count, so it is due Tuesday 16:00.
/// </summary>
public class PendingClockTests
{
    private readonly FakeTimeProvider time = new(At.Cet(2025, 3, 20, 10));
    private readonly Ticket ticket;

    public PendingClockTests()
    {
        ticket = Open(Severity.S3, at: time.GetUtcNow());
        time.Advance(TimeSpan.FromMinutes(30));
        Assert.True(ticket.Apply(new StartWork(Engineer, time.GetUtcNow(), Engineer.Id)).IsAccepted);
        time.SetUtcNow(At.Cet(2025, 3, 21, 15));
        Assert.True(ticket.Apply(new PutOnHold(Engineer, time.GetUtcNow(), PendingReason.AwaitingCustomerInformation, "Need the settlement file.")).IsAccepted);
    }

    [Fact]
    public void Read_DuringTheWeekendPause_ShowsTheElapsedTimeFrozenAndNoDueMoment()
    {
        time.SetUtcNow(At.Cet(2025, 3, 22, 12));

        var reading = ticket.Read(SlaClockKind.Resolution, time.GetUtcNow());

        Assert.Equal((SlaClockState.Paused, TimeSpan.FromHours(15), TimeSpan.FromHours(15)), (reading.State, reading.Elapsed, reading.Remaining));
        Assert.Null(reading.DueAt);
        Assert.False(reading.IsBreached);
    }

    [Fact]
    public void Read_AfterResumeOnMonday_ContinuesFromFifteenHoursAndIsDueTuesday()
    {
        time.SetUtcNow(At.Cet(2025, 3, 24, 11));
        ticket.Apply(new Resume(Engineer, time.GetUtcNow(), "File received."));
        time.SetUtcNow(At.Cet(2025, 3, 25, 12));

        var reading = ticket.Read(SlaClockKind.Resolution, time.GetUtcNow());

        Assert.Equal(TimeSpan.FromHours(26), reading.Elapsed);
        Assert.Equal(At.Cet(2025, 3, 25, 16), reading.DueAt);
        Assert.Equal(At.Cet(2025, 3, 25, 8, 30), reading.WarningAt);
        Assert.Equal(
            [new ClockInterval(At.Cet(2025, 3, 20, 10), At.Cet(2025, 3, 21, 15)), new ClockInterval(At.Cet(2025, 3, 24, 11), null)],
            ticket.Sla.Resolution.Intervals);
    }

    [Fact]
    public void EvaluateSla_AtTheShiftedMoments_WarnsTuesday0830AndBreachesTuesday1600()
    {
        var calendars = TestCalendars.Catalog();
        time.SetUtcNow(At.Cet(2025, 3, 24, 11));
        ticket.Apply(new Resume(Engineer, time.GetUtcNow()));

        time.SetUtcNow(At.Cet(2025, 3, 25, 8, 29, 59));
        var early = ticket.EvaluateSla(calendars, time.GetUtcNow());
        time.SetUtcNow(At.Cet(2025, 3, 25, 8, 30));
        var warning = ticket.EvaluateSla(calendars, time.GetUtcNow());
        time.SetUtcNow(At.Cet(2025, 3, 25, 16));
        var breach = ticket.EvaluateSla(calendars, time.GetUtcNow());

        Assert.True(early.IsEmpty);
        Assert.Contains(warning.NewWarnings, w => w.Clock == SlaClockKind.Resolution && w.WarningAt == At.Cet(2025, 3, 25, 8, 30));
        Assert.Contains(breach.NewBreaches, b => b.Clock == SlaClockKind.Resolution && b.DueAt == At.Cet(2025, 3, 25, 16));
    }

    [Fact]
    public void Response_StoppedBeforeThePause_IsNotAffectedByIt()
    {
        var reading = ticket.Read(SlaClockKind.Response, At.Cet(2025, 3, 24, 11));

        Assert.Equal((SlaClockState.Stopped, TimeSpan.FromMinutes(30), false), (reading.State, reading.Elapsed, reading.IsBreached));
    }
}
