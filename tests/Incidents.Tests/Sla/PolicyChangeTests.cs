using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Tests.Support;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using static IncidentWorkflows.Incidents.Tests.Support.TestTickets;

namespace IncidentWorkflows.Incidents.Tests.Sla;

/// <summary>Severity or policy changes while clocks run: new targets over the whole history, paused time never lost.</summary>
public class PolicyChangeTests
{
    private static readonly DateTimeOffset TuesdayNoon = At.Cet(2025, 3, 25, 12);

    /// <summary>
    /// S3 logged Monday 09:00, Pending Monday 11:00 → Tuesday 11:00, raised to S2 (8 h, 24×7) Tuesday 12:00. Measured
    /// from the intervals, 2 h + 1 h are used and it is due Tuesday 17:00. A clock that only kept its start time would
    /// call it due Monday 17:00, already breached, and lose the pause.
    /// </summary>
    [Fact]
    public void OverrideSeverity_AfterAPause_KeepsThePausedTimeOutOfTheNewTarget()
    {
        var ticket = PausedOnceS3();

        var outcome = ticket.OverrideSeverity(Severity.S2, "Partner's settlements blocked.", Policies, Engineer, TuesdayNoon);
        var reading = ticket.Read(SlaClockKind.Resolution, TuesdayNoon);

        Assert.True(outcome.IsAccepted);
        Assert.Equal((TimeSpan.FromHours(3), At.Cet(2025, 3, 25, 17), At.Cet(2025, 3, 25, 15)), (reading.Elapsed, reading.DueAt, reading.WarningAt));
        Assert.Equal(("default-s2", 1), (ticket.Sla.Resolution.PolicyId, ticket.Sla.Resolution.TargetVersion));
        Assert.False(reading.IsBreached);
    }

    [Fact]
    public void OverrideSeverity_StoppedResponseClock_KeepsTheTargetItWasMetUnder()
    {
        var ticket = PausedOnceS3();

        ticket.OverrideSeverity(Severity.S2, "Partner's settlements blocked.", Policies, Engineer, TuesdayNoon);

        Assert.Equal((TimeSpan.FromHours(4), "default-s3", 0), (ticket.Sla.Response.Target, ticket.Sla.Response.PolicyId, ticket.Sla.Response.TargetVersion));
        Assert.Equal(TimeSpan.FromHours(8), ticket.Sla.CurrentLevel!.Target);
    }

    [Fact]
    public void OverrideSeverity_WhilePending_KeepsTheClockPausedWithItsElapsedTime()
    {
        var ticket = Open(Severity.S3);
        ticket.Apply(new StartWork(Engineer, MondayMorning.AddMinutes(10), Engineer.Id));
        ticket.Apply(new PutOnHold(Engineer, MondayMorning.AddHours(2), PendingReason.AwaitingCustomerInformation, "Need logs."));

        ticket.OverrideSeverity(Severity.S4, "Only a test partner is affected.", Policies, Engineer, MondayMorning.AddHours(5));
        var reading = ticket.Read(SlaClockKind.Resolution, MondayMorning.AddHours(6));

        Assert.Equal((SlaClockState.Paused, TimeSpan.FromHours(2), TimeSpan.FromHours(98)), (reading.State, reading.Elapsed, reading.Remaining));
    }

    [Fact]
    public void OverrideSeverity_PendingTicketToS2_IsRefusedUnlessPendingOnACustomerDecision()
    {
        var ticket = InStatus(TicketStatus.Pending);

        var outcome = ticket.OverrideSeverity(Severity.S2, "Worse than thought.", Policies, Engineer, MondayMorning.AddHours(1));

        Assert.Equal(RuleIds.PendingForbiddenForS1S2, outcome.Refusal?.RuleId);
        Assert.Equal(Severity.S3, ticket.Severity);
    }

    [Fact]
    public void OverrideSeverity_RaisedToS1BeforeAnyResponse_AddsAnAcknowledgeClockWithTheResponseHistory()
    {
        var ticket = Open(Severity.S3);

        ticket.OverrideSeverity(Severity.S1, "Production down after all.", Policies, Engineer, MondayMorning.AddMinutes(2));
        var acknowledge = ticket.Read(SlaClockKind.Acknowledge, MondayMorning.AddMinutes(2));

        Assert.Equal((TimeSpan.FromMinutes(2), MondayMorning.AddMinutes(5)), (acknowledge.Elapsed, acknowledge.DueAt));
        Assert.Equal(MondayMorning.AddMinutes(15), ticket.Read(SlaClockKind.Response, MondayMorning.AddMinutes(2)).DueAt);
    }

    [Fact]
    public void OverrideSeverity_LoweredFromS1BeforeAcknowledgement_RetiresTheAcknowledgeClockWithoutBreach()
    {
        var ticket = Open(Severity.S1);

        ticket.OverrideSeverity(Severity.S3, "Only the test environment.", Policies, Engineer, MondayMorning.AddMinutes(1));
        var evaluation = ticket.EvaluateSla(TestCalendars.Catalog(), MondayMorning.AddMinutes(10));

        Assert.Null(ticket.Sla.Acknowledge);
        Assert.Contains(ticket.Sla.Clocks, clock => clock is { Kind: SlaClockKind.Acknowledge, IsRetired: true });
        Assert.Empty(evaluation.NewBreaches);
    }

    [Fact]
    public void OverrideSeverity_AfterABreach_KeepsTheBreachAndRecordsNoSecondForTheOldTarget()
    {
        var ticket = Open(Severity.S2);
        ticket.EvaluateSla(TestCalendars.Catalog(), MondayMorning.AddMinutes(31));

        ticket.OverrideSeverity(Severity.S4, "Cosmetic only.", Policies, Engineer, MondayMorning.AddMinutes(32));
        var later = ticket.EvaluateSla(TestCalendars.Catalog(), MondayMorning.AddMinutes(40));

        var breach = Assert.Single(ticket.Sla.Breaches);
        Assert.Equal(("default-s2", TimeSpan.FromMinutes(30)), (breach.PolicyId, breach.Target));
        Assert.Empty(later.NewBreaches);
        Assert.Equal(TimeSpan.FromHours(10), ticket.Sla.Response.Target);
    }

    [Fact]
    public void ApplySlaPolicy_SamePolicyAgain_ChangesNothing()
    {
        var ticket = Open(Severity.S3);
        var entries = ticket.Timeline.Count;

        ticket.ApplySlaPolicy(Policies.Policies.Single(policy => policy.Id == "default-s3"), Engineer, MondayMorning.AddHours(1));

        Assert.Equal((entries, 0), (ticket.Timeline.Count, ticket.Sla.Resolution.TargetVersion));
    }

    [Fact]
    public void ApplySlaPolicy_EqualPolicyReloadedFromConfiguration_ChangesNothing()
    {
        var withLevels = new SlaTargets
        {
            Response = TimeSpan.FromHours(1),
            Resolution = TimeSpan.FromHours(8),
            CalendarId = "24x7",
            LevelTargets = [new LevelTarget(SupportLevel.L1, TimeSpan.FromHours(2))],
        };
        var book = new SlaPolicyBook([new SlaPolicy("p", "P", SlaPolicyScope.Any, withLevels)]);
        var ticket = Open(policies: book);
        var entries = ticket.Timeline.Count;
        var reloaded = withLevels with { LevelTargets = [new LevelTarget(SupportLevel.L1, TimeSpan.FromHours(2))] };

        ticket.ApplySlaPolicy(new SlaPolicy("p", "P", SlaPolicyScope.Any, reloaded), Engineer, MondayMorning.AddHours(1));

        Assert.Equal(entries, ticket.Timeline.Count);
    }

    private static Ticket PausedOnceS3()
    {
        var ticket = Open(Severity.S3);
        ticket.Apply(new StartWork(Engineer, MondayMorning.AddMinutes(10), Engineer.Id));
        ticket.Apply(new PutOnHold(Engineer, At.Cet(2025, 3, 24, 11), PendingReason.AwaitingCustomerInformation, "Need logs."));
        ticket.Apply(new Resume(Engineer, At.Cet(2025, 3, 25, 11), "Logs received."));
        return ticket;
    }
}
