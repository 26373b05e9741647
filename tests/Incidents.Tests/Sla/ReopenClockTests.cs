using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Tests.Support;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using static IncidentWorkflows.Incidents.Tests.Support.TestTickets;

namespace IncidentWorkflows.Incidents.Tests.Sla;

public class ReopenClockTests
{
    [Fact]
    public void Reopen_ResolutionClock_ContinuesWithTheTimeUsedBeforeResolving()
    {
        var ticket = Open(Severity.S2);
        ticket.Apply(new StartWork(Engineer, MondayMorning.AddMinutes(5), Engineer.Id));
        ticket.Apply(new Resolve(Engineer, MondayMorning.AddHours(2), ResolutionKind.Workaround, "Restarted the adapter."));
        ticket.Apply(new Reopen(Requester, MondayMorning.AddHours(6), "Failing again."));

        var reading = ticket.Read(SlaClockKind.Resolution, MondayMorning.AddHours(7));

        Assert.Equal((SlaClockState.Running, TimeSpan.FromHours(3)), (reading.State, reading.Elapsed));
        Assert.Equal(MondayMorning.AddHours(6 + 6), reading.DueAt);
        Assert.Equal(2, ticket.Sla.Resolution.Intervals.Count);
    }

    [Fact]
    public void Reopen_AfterABreach_KeepsTheOneBreachAndAddsNone()
    {
        var calendars = TestCalendars.Catalog();
        var ticket = Open(Severity.S2);
        ticket.Apply(new StartWork(Engineer, MondayMorning.AddMinutes(5), Engineer.Id));
        ticket.Apply(new Resolve(Engineer, MondayMorning.AddHours(9), ResolutionKind.Workaround, "Manual fix."));
        ticket.EvaluateSla(calendars, MondayMorning.AddHours(9));
        ticket.Apply(new Reopen(Requester, MondayMorning.AddHours(10), "Not fixed."));
        ticket.EvaluateSla(calendars, MondayMorning.AddHours(11));
        ticket.Apply(new Resolve(Engineer, MondayMorning.AddHours(12), ResolutionKind.PermanentFix, "Patched."));
        ticket.EvaluateSla(calendars, MondayMorning.AddHours(12));

        Assert.Single(ticket.Sla.Breaches, breach => breach.Clock == SlaClockKind.Resolution);
        Assert.Equal(TimeSpan.FromHours(11), ticket.Read(SlaClockKind.Resolution, MondayMorning.AddHours(20)).Elapsed);
    }

    /// <summary>8 h used on Monday; from Tuesday 10:00 the other 22 h are 8 + 10 + 4: Thursday 12:00.</summary>
    [Fact]
    public void Reopen_BusinessHoursTicket_DoesNotCountTheNightWhileResolved()
    {
        var ticket = Open(Severity.S3);
        ticket.Apply(new StartWork(Engineer, MondayMorning.AddMinutes(5), Engineer.Id));
        ticket.Apply(new Resolve(Engineer, At.Cet(2025, 3, 24, 17), ResolutionKind.Workaround, "Workaround sent."));
        ticket.Apply(new Reopen(Requester, At.Cet(2025, 3, 25, 10), "Workaround too slow."));

        var reading = ticket.Read(SlaClockKind.Resolution, At.Cet(2025, 3, 25, 11));

        Assert.Equal(TimeSpan.FromHours(8 + 1), reading.Elapsed);
        Assert.Equal(At.Cet(2025, 3, 27, 12), reading.DueAt);
    }
}
