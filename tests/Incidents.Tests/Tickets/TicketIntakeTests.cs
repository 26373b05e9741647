using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Tests.Support;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Triage;

namespace IncidentWorkflows.Incidents.Tests.Tickets;

public class TicketIntakeTests
{
    private readonly TicketIntake intake = new(CategoryTree.Defaults, RoutingTable.Defaults, TestTickets.Policies);

    private static TicketReport Report(string category = DefaultCategories.Platform, Channel channel = Channel.Portal) => new()
    {
        Kind = TicketKind.Incident,
        Title = "Quotes fail for one partner",
        Category = category,
        Subcategory = category == DefaultCategories.Platform ? "api" : null,
        RequesterId = "rita",
        RequesterOrganization = "acme",
        AffectedServices = ["quotes", "Quotes", "transfers"],
        Channel = channel,
        Facts = new TriageFacts(
            new SeverityFacts { FunctionalImpact = FunctionalImpact.KeyFunctionalityImpaired },
            new PriorityFacts { UsersUnableToWork = 12, RecipientUserCount = 100 }),
    };

    [Fact]
    public void Open_Report_TriagesRoutesAndStartsTheMatchingPolicy()
    {
        var ticket = intake.Open(Report(), 42, Actor.Requester("rita"), TestTickets.MondayMorning).Value!;

        Assert.Equal("INC-000042", ticket.DisplayNumber.ToString());
        Assert.Equal((Severity.S2, TriageCriteria.S2KeyFunctionalityNoWorkaround), (ticket.Severity, ticket.SeverityCriterion));
        Assert.Equal((Priority.P2, TriageCriteria.P2MoreThanTenUsers), (ticket.Priority, ticket.PriorityCriterion));
        Assert.Equal(("Platform", "API"), (ticket.Category, ticket.Subcategory));
        Assert.Equal(("l1-platform", (SupportLevel?)SupportLevel.L1), (ticket.SupportGroupId, ticket.SupportLevel));
        Assert.Equal("default-s2", ticket.Sla.PolicyId);
        Assert.Equal(["quotes", "transfers"], ticket.AffectedServices);
        Assert.Equal((TicketStatus.New, DetectionSource.External), (ticket.Status, ticket.DetectionSource));
    }

    [Theory]
    [InlineData(Channel.Monitoring, DetectionSource.Internal)]
    [InlineData(Channel.Staff, DetectionSource.Internal)]
    [InlineData(Channel.Email, DetectionSource.External)]
    [InlineData(Channel.Phone, DetectionSource.External)]
    public void Open_DetectionSourceNotGiven_FollowsTheChannel(Channel channel, DetectionSource expected)
    {
        var ticket = intake.Open(Report(channel: channel), 1, Actor.System, TestTickets.MondayMorning).Value!;

        Assert.Equal(expected, ticket.DetectionSource);
    }

    [Fact]
    public void Open_SecurityCategory_IsMarkedSecurityAndRoutedToTheSecurityL1Group()
    {
        var ticket = intake.Open(Report(DefaultCategories.Security), 1, Actor.System, TestTickets.MondayMorning).Value!;

        Assert.True(ticket.IsSecurity);
        Assert.Equal("l1-security", ticket.SupportGroupId);
    }

    [Fact]
    public void Open_UnknownCategory_IsRefused()
    {
        var outcome = intake.Open(Report("Catering"), 1, Actor.System, TestTickets.MondayMorning);

        Assert.Equal(RuleIds.UnknownCategory, outcome.Refusal?.RuleId);
        Assert.Contains("Infrastructure", outcome.Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NoPolicyMatches_IsRefused()
    {
        var onlyS1 = new SlaPolicyBook(TestTickets.Policies.Policies.Where(policy => policy.Id == "default-s1"));
        var strict = new TicketIntake(CategoryTree.Defaults, RoutingTable.Defaults, onlyS1);

        Assert.Equal(RuleIds.NoSlaPolicy, strict.Open(Report(), 1, Actor.System, TestTickets.MondayMorning).Refusal?.RuleId);
    }

    [Fact]
    public void Open_NoTitle_IsRefused()
    {
        var outcome = intake.Open(Report() with { Title = "" }, 1, Actor.System, TestTickets.MondayMorning);

        Assert.Equal(RuleIds.TextRequired, outcome.Refusal?.RuleId);
    }
}
