using static IncidentWorkflows.Host.Tests.Alerts.Fixtures;

namespace IncidentWorkflows.Host.Tests.Alerts;

public sealed class RoutingTests
{
    [Fact]
    public async Task Post_AlertMatchingARoute_GetsItsCategoryHintsAndGroup()
    {
        await using var host = await AlertHost.StartAsync();
        var alertmanager = await host.IntegrationAsync("Alertmanager", new
        {
            groupBy = "{alertname}/{service}",
            routes = new object[]
            {
                new { matchers = new[] { new { label = "service", op = "=", value = "ledger" } }, category = "Settlements" },
                new
                {
                    matchers = new[] { new { label = "severity", op = "=~", value = "crit.*" }, new { label = "team", op = "!=", value = "security" } },
                    category = "Infrastructure", subcategory = "Compute", severity = "S2", priority = "P1", group = "l1-payments-oncall",
                },
            },
        });

        var receipt = await alertmanager.AcceptedFixtureAsync("alertmanager-firing-group.json");

        Assert.Equal(["Opened", "Grouped"], [Outcome(receipt, 0), Outcome(receipt, 1)]);
        var ticket = await host.TicketAsync(Ticket(receipt, 0));
        Assert.Equal("Infrastructure", ticket.GetProperty("category").GetString());
        Assert.Equal("Compute", ticket.GetProperty("subcategory").GetString());
        Assert.Equal("S2", ticket.GetProperty("severity").GetString());
        Assert.Equal("P1", ticket.GetProperty("priority").GetString());
        Assert.Equal("l1-payments-oncall", ticket.GetProperty("supportGroup").GetString());
    }
}
