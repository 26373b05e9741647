using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Triage;

namespace IncidentWorkflows.Incidents.Tests.Triage;

public class TicketTriageTests
{
    [Fact]
    public void Propose_TypoSeenByEveryUser_IsS4YetP1()
    {
        var proposal = TicketTriage.Propose(new TriageFacts(
            new SeverityFacts(),
            new PriorityFacts { AreasOutsideRecipientAffected = true }));

        Assert.Equal((Severity.S4, Priority.P1), (proposal.Severity.Severity, proposal.Priority.Priority));
    }

    [Fact]
    public void Propose_ProductionOutageForOneUser_IsS1YetP3()
    {
        var proposal = TicketTriage.Propose(new TriageFacts(
            new SeverityFacts { Outage = OutageScope.ProductionOutage },
            new PriorityFacts { UsersUnableToWork = 1 }));

        Assert.Equal((Severity.S1, Priority.P3), (proposal.Severity.Severity, proposal.Priority.Priority));
    }

    [Theory]
    [InlineData(DefaultCategories.Infrastructure, null, "l1-infrastructure")]
    [InlineData(DefaultCategories.Platform, "API", "l1-platform")]
    [InlineData(DefaultCategories.Security, null, "l1-security")]
    [InlineData(DefaultCategories.Settlements, null, "l1-settlements")]
    [InlineData(DefaultCategories.Onboarding, null, "l1-onboarding")]
    [InlineData("Catering", null, "l1-service-desk")]
    public void L1GroupFor_DefaultRouting_SendsEachCategoryToItsL1Group(string category, string? subcategory, string group)
    {
        Assert.Equal(group, RoutingTable.Defaults.L1GroupFor(category, subcategory));
    }

    [Fact]
    public void GroupFor_ConfiguredSubcategoryRule_BeatsTheCategoryRule()
    {
        var routing = new RoutingTable(
        [
            new RoutingRule(DefaultCategories.Platform, null, SupportLevel.L1, "l1-platform"),
            new RoutingRule(DefaultCategories.Platform, "Transfers", SupportLevel.L1, "l1-transfers"),
        ]);

        Assert.Equal("l1-transfers", routing.L1GroupFor("platform", "transfers"));
        Assert.Equal("l1-platform", routing.L1GroupFor("platform", "api"));
        Assert.Null(routing.GroupFor("platform", null, SupportLevel.L2));
    }
}
