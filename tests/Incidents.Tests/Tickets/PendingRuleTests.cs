using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Tests.Support;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using static IncidentWorkflows.Incidents.Tests.Support.TestTickets;

namespace IncidentWorkflows.Incidents.Tests.Tickets;

public class PendingRuleTests
{
    private static readonly DateTimeOffset Later = MondayMorning.AddHours(1);

    [Theory]
    [InlineData(Severity.S1)]
    [InlineData(Severity.S2)]
    public void Apply_PutOnHoldAwaitingInformationForS1OrS2_IsRefused(Severity severity)
    {
        var ticket = InStatus(TicketStatus.InProgress, severity);

        var outcome = ticket.Apply(new PutOnHold(Engineer, Later, PendingReason.AwaitingCustomerInformation, "Need logs."));

        Assert.Equal(RuleIds.PendingForbiddenForS1S2, outcome.Refusal?.RuleId);
        Assert.Equal(TicketStatus.InProgress, ticket.Status);
    }

    [Theory]
    [InlineData(Severity.S1, PendingReason.CustomerStoppedInvestigation)]
    [InlineData(Severity.S2, PendingReason.CustomerDeniedApproval)]
    public void Apply_PutOnHoldForS1OrS2OnCustomerDecision_IsAcceptedAndDocumentsTheDecision(Severity severity, PendingReason reason)
    {
        var ticket = InStatus(TicketStatus.InProgress, severity);

        var outcome = ticket.Apply(new PutOnHold(Engineer, Later, reason, "Partner halted the rollback.", CustomerManager));

        Assert.True(outcome.IsAccepted);
        Assert.Equal(CustomerManager.Id, ticket.Pending!.DecidedBy);
        var entry = ticket.Timeline.Last(e => e.Subject == TimelineSubjects.Pending);
        Assert.Equal(reason.ToString(), entry.NewValue);
        Assert.Contains("Decided by carl", entry.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("eve")]
    public void Apply_CustomerDecisionWithoutACustomerWhoDecided_IsRefused(string? decidedBy)
    {
        var ticket = InStatus(TicketStatus.InProgress, Severity.S2);
        var decider = decidedBy is null ? null : Actor.Staff(decidedBy);

        var outcome = ticket.Apply(new PutOnHold(Engineer, Later, PendingReason.CustomerDeniedApproval, "No approval.", decider));

        Assert.Equal(RuleIds.PendingCustomerDecisionRequired, outcome.Refusal?.RuleId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Apply_PutOnHoldWithoutReason_IsRefused(string explanation)
    {
        var ticket = InStatus(TicketStatus.InProgress);

        var outcome = ticket.Apply(new PutOnHold(Engineer, Later, PendingReason.AwaitingCustomerInformation, explanation));

        Assert.Equal(RuleIds.PendingReasonRequired, outcome.Refusal?.RuleId);
    }

    [Fact]
    public void Apply_AwaitingOtherTicketWithoutNamingIt_IsRefused()
    {
        var ticket = InStatus(TicketStatus.InProgress);

        var outcome = ticket.Apply(new PutOnHold(Engineer, Later, PendingReason.AwaitingOtherTicket, "Blocked by the network change."));

        Assert.Equal(RuleIds.PendingBlockingTicketRequired, outcome.Refusal?.RuleId);
    }

    [Fact]
    public void Apply_PutOnHoldS3_PausesEveryRunningClockAndResumeRunsThemAgain()
    {
        var ticket = InStatus(TicketStatus.InProgress);

        ticket.Apply(new PutOnHold(Engineer, Later, PendingReason.AwaitingOtherTicket, "Waiting for the change.", BlockingTicket: "CHG-000042"));
        var paused = ticket.Sla.Clocks.Where(clock => clock.State == SlaClockState.Paused).Select(clock => clock.Kind).Order().ToArray();
        ticket.Apply(new Resume(Engineer, Later.AddHours(1)));

        Assert.Equal([SlaClockKind.Resolution, SlaClockKind.SupportLevel], paused);
        Assert.All(ticket.Sla.Clocks.Where(clock => clock.Kind != SlaClockKind.Response), clock => Assert.Equal(SlaClockState.Running, clock.State));
        Assert.Null(ticket.Pending);
    }
}
