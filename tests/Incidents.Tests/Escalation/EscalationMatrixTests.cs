using IncidentWorkflows.Incidents.Escalation;
using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Tests.Escalation;

public class EscalationMatrixTests
{
    [Fact]
    public void RecipientsFor_OrdinaryTicket_GroupLeadAndServiceManager()
    {
        var recipients = EscalationMatrix.Defaults.RecipientsFor("Platform", Severity.S3, SupportLevel.L1);

        Assert.Equal(["role:group-lead", "role:service-manager"], recipients.Select(r => r.ToString()));
    }

    [Fact]
    public void RecipientsFor_S1_AddsIncidentManagerAndStakeholders()
    {
        var recipients = EscalationMatrix.Defaults.RecipientsFor("Platform", Severity.S1, SupportLevel.L2);

        Assert.Contains(NotificationRecipient.Role("incident-manager"), recipients);
        Assert.Contains(NotificationRecipient.Group("stakeholders"), recipients);
    }

    [Fact]
    public void RecipientsFor_SecurityS1AtL4_TheMoreSpecificSecurityEntryWins()
    {
        var recipients = EscalationMatrix.Defaults.RecipientsFor("security", Severity.S1, SupportLevel.L4);

        Assert.Contains(NotificationRecipient.Group("security-stakeholders"), recipients);
        Assert.DoesNotContain(NotificationRecipient.Role("vendor-manager"), recipients);
    }

    [Fact]
    public void RecipientsFor_VendorLevel_AddsTheVendorManager()
    {
        Assert.Contains(NotificationRecipient.Role("vendor-manager"), EscalationMatrix.Defaults.RecipientsFor("Infrastructure", Severity.S3, SupportLevel.L4));
    }

    [Fact]
    public void RecipientsFor_ConfiguredEntry_NarrowsOrWidensForItsCell()
    {
        var matrix = new EscalationMatrix(
        [
            new(null, null, null, [NotificationRecipient.Role("service-manager")]),
            new("Settlements", Severity.S2, SupportLevel.L2, [new NotificationRecipient(RecipientKind.Email, "settlements-duty@example.org"), new NotificationRecipient(RecipientKind.User, "olga")]),
        ]);

        Assert.Equal(2, matrix.RecipientsFor("Settlements", Severity.S2, SupportLevel.L2).Count);
        Assert.Single(matrix.RecipientsFor("Settlements", Severity.S2, SupportLevel.L3));
        Assert.Empty(new EscalationMatrix([]).RecipientsFor("Settlements", Severity.S2, SupportLevel.L1));
    }

    [Theory]
    [InlineData(SupportLevel.L1, SupportLevel.L2)]
    [InlineData(SupportLevel.L2, SupportLevel.L3)]
    [InlineData(SupportLevel.L3, SupportLevel.L4)]
    [InlineData(SupportLevel.L4, null)]
    public void Next_FollowsTheFunctionalOrder(SupportLevel level, SupportLevel? next)
    {
        Assert.Equal(next, SupportLadder.Next(level));
    }
}
