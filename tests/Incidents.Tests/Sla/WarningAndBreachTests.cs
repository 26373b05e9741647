using IncidentWorkflows.Incidents.Calendars;
using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Tests.Support;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using Microsoft.Extensions.Time.Testing;
using static IncidentWorkflows.Incidents.Tests.Support.TestTickets;

namespace IncidentWorkflows.Incidents.Tests.Sla;

public class WarningAndBreachTests
{
    private readonly CalendarCatalog calendars = TestCalendars.Catalog();
    private readonly FakeTimeProvider time = new(MondayMorning);

    [Fact]
    public void EvaluateSla_S2Response_WarnsAt75PercentOnceThenBreachesOnce()
    {
        var ticket = Open(Severity.S2, at: time.GetUtcNow());

        var before = EvaluateAfter(ticket, TimeSpan.FromSeconds(1349));
        var warning = EvaluateAfter(ticket, TimeSpan.FromSeconds(1));
        var repeatedWarning = EvaluateAfter(ticket, TimeSpan.FromSeconds(1));
        var breach = EvaluateAfter(ticket, TimeSpan.FromSeconds(449));
        var repeatedBreach = EvaluateAfter(ticket, TimeSpan.FromMinutes(5));

        Assert.True(before.IsEmpty);
        Assert.Equal([(SlaClockKind.Response, MondayMorning.AddMinutes(22.5))], warning.NewWarnings.Select(w => (w.Clock, w.WarningAt)));
        Assert.True(repeatedWarning.IsEmpty);
        Assert.Equal([(SlaClockKind.Response, MondayMorning.AddMinutes(30))], breach.NewBreaches.Select(b => (b.Clock, b.DueAt)));
        Assert.True(repeatedBreach.IsEmpty);
        Assert.Single(ticket.Timeline, entry => entry.Subject == TimelineSubjects.SlaBreach);
    }

    [Fact]
    public void Breaches_AfterResponseResolutionAndClose_AreAllStillThere()
    {
        var ticket = Open(Severity.S2, at: time.GetUtcNow());
        EvaluateAfter(ticket, TimeSpan.FromMinutes(31));
        ticket.Apply(new StartWork(Engineer, time.GetUtcNow(), Engineer.Id));
        time.Advance(TimeSpan.FromHours(1));
        ticket.Apply(new Resolve(Engineer, time.GetUtcNow(), ResolutionKind.PermanentFix, "Fixed."));
        ticket.Apply(Close.Acknowledged(Requester, time.GetUtcNow()));
        EvaluateAfter(ticket, TimeSpan.FromDays(30));

        var breach = Assert.Single(ticket.Sla.Breaches);
        Assert.Equal((SlaClockKind.Response, MondayMorning.AddMinutes(30), MondayMorning.AddMinutes(31)), (breach.Clock, breach.DueAt, breach.RecordedAt));
    }

    [Fact]
    public void EvaluateSla_RespondedExactlyAtTheDueMoment_IsNotABreach()
    {
        var ticket = Open(Severity.S2, at: time.GetUtcNow());
        time.Advance(TimeSpan.FromMinutes(30));
        ticket.Apply(new StartWork(Engineer, time.GetUtcNow(), Engineer.Id));

        Assert.DoesNotContain(ticket.EvaluateSla(calendars, time.GetUtcNow()).NewBreaches, b => b.Clock == SlaClockKind.Response);
        Assert.False(ticket.Read(SlaClockKind.Response, time.GetUtcNow()).IsBreached);
    }

    [Fact]
    public void EvaluateSla_ResolvedLateWithoutAnyEarlierEvaluation_StillRecordsTheBreachAtItsDueMoment()
    {
        var ticket = Open(Severity.S2, at: time.GetUtcNow());
        ticket.Apply(new StartWork(Engineer, MondayMorning.AddMinutes(5), Engineer.Id));
        time.Advance(TimeSpan.FromHours(9));
        ticket.Apply(new Resolve(Engineer, time.GetUtcNow(), ResolutionKind.Workaround, "Manual settlement."));

        var evaluation = ticket.EvaluateSla(calendars, time.GetUtcNow());

        Assert.Contains(evaluation.NewBreaches, b => b.Clock == SlaClockKind.Resolution && b.DueAt == MondayMorning.AddHours(8));
        Assert.Empty(evaluation.NewWarnings);
    }

    [Fact]
    public void NextDeadline_S1_FollowsTheEarliestUnrecordedWarningOrBreach()
    {
        var ticket = Open(Severity.S1, at: time.GetUtcNow());

        var first = ticket.Sla.NextDeadline(calendars);
        ticket.Acknowledge(Engineer, MondayMorning.AddMinutes(1));
        var afterAcknowledge = ticket.Sla.NextDeadline(calendars);
        EvaluateAfter(ticket, TimeSpan.FromSeconds(675));
        var afterWarning = ticket.Sla.NextDeadline(calendars);

        Assert.Equal(MondayMorning.AddSeconds(225), first);
        Assert.Equal(MondayMorning.AddSeconds(675), afterAcknowledge);
        Assert.Equal(MondayMorning.AddMinutes(15), afterWarning);
    }

    [Fact]
    public void NextDeadline_WhilePending_IsNullBecauseNothingCanFall()
    {
        var ticket = InStatus(TicketStatus.Pending);

        Assert.Null(ticket.Sla.NextDeadline(calendars));
    }

    private SlaEvaluation EvaluateAfter(Ticket ticket, TimeSpan delay)
    {
        time.Advance(delay);
        return ticket.EvaluateSla(calendars, time.GetUtcNow());
    }
}
