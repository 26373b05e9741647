using IncidentWorkflows.Incidents.Escalation;
using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Tests.Support;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using IncidentWorkflows.Incidents.Triage;
using static IncidentWorkflows.Incidents.Tests.Support.TestTickets;

namespace IncidentWorkflows.Incidents.Tests.Sla;

/// <summary>Each support level reached by functional escalation gets a fresh level target.</summary>
public class LevelClockTests
{
    [Fact]
    public void FunctionalEscalation_AfterL1LevelBreach_GivesL2AFreshTargetAndKeepsTheL1Breach()
    {
        var calendars = TestCalendars.Catalog();
        var ticket = Open(Severity.S2);
        ticket.Apply(new StartWork(Engineer, MondayMorning.AddMinutes(5), Engineer.Id));
        var breach = ticket.EvaluateSla(calendars, MondayMorning.AddHours(8));

        var outcome = FunctionalEscalation.Escalate(ticket, RoutingTable.Defaults, "L1 level target missed.", Actor.System, MondayMorning.AddHours(8));
        var level = ticket.Read(SlaClockKind.SupportLevel, MondayMorning.AddHours(9));

        Assert.Contains(breach.NewBreaches, b => b is { Clock: SlaClockKind.SupportLevel, Level: SupportLevel.L1 });
        Assert.True(outcome.IsAccepted);
        Assert.Equal(("l2-operations", (SupportLevel?)SupportLevel.L2, (string?)null), (ticket.SupportGroupId, ticket.SupportLevel, ticket.AssigneeId));
        Assert.Equal((SupportLevel.L2, TimeSpan.FromHours(1), MondayMorning.AddHours(16)), (level.Level!.Value, level.Elapsed, level.DueAt));
        Assert.Contains(ticket.Sla.Clocks, clock => clock is { Level: SupportLevel.L1, State: SlaClockState.Stopped, Breaches.Count: 1 });
    }

    [Fact]
    public void FunctionalEscalation_WithPerLevelTargets_UsesEachLevelsOwnTarget()
    {
        var book = new SlaPolicyBook(
        [
            new SlaPolicy("levels", "Levels", SlaPolicyScope.Any, new SlaTargets
            {
                Response = TimeSpan.FromMinutes(30),
                Resolution = TimeSpan.FromHours(12),
                CalendarId = "24x7",
                LevelTargets = [new LevelTarget(SupportLevel.L1, TimeSpan.FromHours(2)), new LevelTarget(SupportLevel.L2, TimeSpan.FromHours(4))],
            }),
        ]);
        var ticket = Open(policies: book);

        var l1Due = ticket.Read(SlaClockKind.SupportLevel, MondayMorning).DueAt;
        FunctionalEscalation.Escalate(ticket, RoutingTable.Defaults, "Needs L2.", Engineer, MondayMorning.AddHours(1));
        var l2Due = ticket.Read(SlaClockKind.SupportLevel, MondayMorning.AddHours(1)).DueAt;
        FunctionalEscalation.Escalate(ticket, RoutingTable.Defaults, "Needs L3.", Engineer, MondayMorning.AddHours(2));
        var l3Due = ticket.Read(SlaClockKind.SupportLevel, MondayMorning.AddHours(2)).DueAt;

        Assert.Equal(MondayMorning.AddHours(2), l1Due);
        Assert.Equal(MondayMorning.AddHours(1 + 4), l2Due);
        Assert.Equal(MondayMorning.AddHours(2 + 12), l3Due);
        Assert.Equal(MondayMorning.AddHours(12), ticket.Read(SlaClockKind.Resolution, MondayMorning.AddHours(2)).DueAt);
    }

    [Fact]
    public void TransferToGroup_NamedTeamOutsideTheLevels_HasNoLevelClock()
    {
        var ticket = InStatus(TicketStatus.InProgress);

        ticket.TransferToGroup("payments-squad", null, "Owns the quoting service.", Engineer, MondayMorning.AddHours(1));

        Assert.Null(ticket.Sla.CurrentLevel);
        Assert.All(ticket.Sla.Clocks.Where(clock => clock.Kind == SlaClockKind.SupportLevel), clock => Assert.Equal(SlaClockState.Stopped, clock.State));
    }
}
