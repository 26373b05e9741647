using IncidentWorkflows.Incidents.Escalation;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Triage;
using static IncidentWorkflows.Incidents.Tests.Support.TestTickets;

namespace IncidentWorkflows.Incidents.Tests.Escalation;

public class FunctionalEscalationTests
{
    private static readonly DateTimeOffset Later = MondayMorning.AddHours(1);

    [Fact]
    public void Escalate_FromL3InProgress_GoesToTheVendorAndBecomesEscalated()
    {
        var ticket = InStatus(TicketStatus.InProgress);
        Escalate(ticket, times: 2);

        var outcome = FunctionalEscalation.Escalate(ticket, RoutingTable.Defaults, "Vendor bug in the HSM firmware.", Engineer, Later);

        Assert.True(outcome.IsAccepted);
        Assert.Equal((TicketStatus.Escalated, "l4-vendor", (SupportLevel?)SupportLevel.L4), (ticket.Status, ticket.SupportGroupId, ticket.SupportLevel));
        Assert.Equal(("l4-vendor", "Vendor bug in the HSM firmware."), (ticket.Escalation!.To, ticket.Escalation.Reason));
    }

    [Fact]
    public void Escalate_SecurityTicket_FollowsTheSecurityLine()
    {
        var ticket = InStatus(TicketStatus.InProgress, category: DefaultCategories.Security);

        FunctionalEscalation.Escalate(ticket, RoutingTable.Defaults, "Confirmed incident.", Engineer, Later);

        Assert.Equal("l2-security", ticket.SupportGroupId);
    }

    [Fact]
    public void Escalate_AtL4_IsRefused()
    {
        var ticket = InStatus(TicketStatus.InProgress);
        Escalate(ticket, times: 3);

        var outcome = FunctionalEscalation.Escalate(ticket, RoutingTable.Defaults, "Again.", Engineer, Later);

        Assert.Equal(RuleIds.NoNextSupportLevel, outcome.Refusal?.RuleId);
    }

    [Fact]
    public void Escalate_NamedTeamOutsideTheLevels_IsRefused()
    {
        var ticket = InStatus(TicketStatus.InProgress);
        ticket.TransferToGroup("payments-squad", null, "Owns the service.", Engineer, Later);

        Assert.Equal(RuleIds.NoNextSupportLevel, FunctionalEscalation.Escalate(ticket, RoutingTable.Defaults, "Up.", Engineer, Later).Refusal?.RuleId);
    }

    [Fact]
    public void EscalateFunctionally_SkippingALevel_IsRefused()
    {
        var ticket = InStatus(TicketStatus.InProgress);

        var outcome = ticket.EscalateFunctionally(SupportLevel.L3, "l3-engineering", "Straight to L3.", Engineer, Later);

        Assert.Equal(RuleIds.NoNextSupportLevel, outcome.Refusal?.RuleId);
        Assert.Equal(SupportLevel.L1, ticket.SupportLevel);
    }

    [Fact]
    public void Escalate_NoGroupConfiguredForTheNextLevel_IsRefused()
    {
        var ticket = InStatus(TicketStatus.InProgress);
        var onlyL1 = new RoutingTable([new RoutingRule(null, null, SupportLevel.L1, "l1-service-desk")]);

        Assert.Equal(RuleIds.NoRoutingRule, FunctionalEscalation.Escalate(ticket, onlyL1, "Up.", Engineer, Later).Refusal?.RuleId);
    }

    [Fact]
    public void RecordHierarchicalNotice_WritesTheRecipientsAndCauseToTheTimeline()
    {
        var ticket = InStatus(TicketStatus.InProgress, Severity.S1);

        ticket.RecordHierarchicalNotice(EscalationMatrix.Defaults.RecipientsFor(ticket), "Response at 75 %.", Actor.System, Later);

        var entry = ticket.Timeline[^1];
        Assert.Equal(TimelineSubjects.HierarchicalNotice, entry.Subject);
        Assert.Contains("role:incident-manager", entry.NewValue, StringComparison.Ordinal);
        Assert.Equal("Response at 75 %.", entry.Note);
    }

    private static void Escalate(Ticket ticket, int times)
    {
        for (var i = 0; i < times; i++)
        {
            Assert.True(FunctionalEscalation.Escalate(ticket, RoutingTable.Defaults, "Needs more expertise.", Engineer, Later).IsAccepted);
        }
    }
}
