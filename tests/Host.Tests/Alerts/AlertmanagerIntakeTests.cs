using static IncidentWorkflows.Host.Tests.Alerts.Fixtures;

namespace IncidentWorkflows.Host.Tests.Alerts;

/// <summary>Alertmanager's webhook from firing to resolved, with the shared fixtures (a two-alert group).</summary>
public sealed class AlertmanagerIntakeTests
{
    [Fact]
    public async Task Post_FiringGroupWithoutGrouping_OpensAMonitoringIncidentPerAlertAndStartsItsWorkflow()
    {
        await using var host = await AlertHost.StartAsync();
        var alertmanager = await host.IntegrationAsync("Alertmanager");

        var receipt = await alertmanager.AcceptedFixtureAsync("alertmanager-firing-group.json");

        Assert.Equal(["Opened", "Opened"], [Outcome(receipt, 0), Outcome(receipt, 1)]);
        Assert.NotEqual(Ticket(receipt, 0), Ticket(receipt, 1));
        var ticket = await host.TicketAsync(Ticket(receipt, 0));
        Assert.Equal("Monitoring", ticket.GetProperty("channel").GetString());
        Assert.Equal("Internal", ticket.GetProperty("detectionSource").GetString());
        Assert.Equal("5xx rate above 5% on payments-api-0:8080", ticket.GetProperty("title").GetString());
        Assert.Equal(["payments-api"], ticket.GetProperty("affectedServices").EnumerateArray().Select(s => s.GetString()));
        var instance = await host.InstanceOfAsync(Ticket(receipt, 0), "Running");
        Assert.Equal(Line(receipt, 0).GetProperty("instance").GetString(), instance.GetProperty("id").GetString());
        Assert.Equal(AlertHost.Workflow, instance.GetProperty("definitionId").GetString());
    }

    [Fact]
    public async Task Post_FiringGroupWithSourceGrouping_OpensOneIncidentForTheGroup()
    {
        await using var host = await AlertHost.StartAsync();
        var alertmanager = await host.IntegrationAsync("Alertmanager", new { groupBy = "source" });

        var receipt = await alertmanager.AcceptedFixtureAsync("alertmanager-firing-group.json");

        Assert.Equal(["Opened", "Grouped"], [Outcome(receipt, 0), Outcome(receipt, 1)]);
        Assert.Equal(Ticket(receipt, 0), Ticket(receipt, 1));
        Assert.Equal(1, await host.TicketCountAsync());
    }

    [Fact]
    public async Task Post_SameGroupAgain_CountsRepeatsWithoutANewTicket()
    {
        await using var host = await AlertHost.StartAsync();
        var alertmanager = await host.IntegrationAsync("Alertmanager", new { groupBy = "source" });
        await alertmanager.AcceptedFixtureAsync("alertmanager-firing-group.json");

        var again = await alertmanager.AcceptedFixtureAsync("alertmanager-firing-group.json");

        Assert.Equal(["Repeated", "Repeated"], [Outcome(again, 0), Outcome(again, 1)]);
        Assert.Equal(1, await host.TicketCountAsync());
        Assert.Equal(2, (await host.AlertAsync("5c3e0b8a9d1f2e47")).Occurrences);
    }

    [Fact]
    public async Task Post_FiringThenPartlyThenFullyResolved_ResolvesAlertsAndSignalsTheWorkflow()
    {
        await using var host = await AlertHost.StartAsync();
        var alertmanager = await host.IntegrationAsync("Alertmanager", new { groupBy = "source" });
        var ticket = Ticket(await alertmanager.AcceptedFixtureAsync("alertmanager-firing-group.json"), 0);

        var partly = await alertmanager.AcceptedFixtureAsync("alertmanager-partly-resolved.json");
        var resolved = await alertmanager.AcceptedFixtureAsync("alertmanager-resolved.json");

        Assert.Equal(["Resolved", "Repeated"], [Outcome(partly, 0), Outcome(partly, 1)]);
        Assert.Equal(["Ignored", "Resolved"], [Outcome(resolved, 0), Outcome(resolved, 1)]);
        await host.InstanceOfAsync(ticket, "Finished");
        Assert.Equal("New", (await host.TicketAsync(ticket)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Post_TruncatedGroup_TakesTheAlertsItCarriesAndReportsTheCount()
    {
        await using var host = await AlertHost.StartAsync();
        var alertmanager = await host.IntegrationAsync("Alertmanager");
        var truncated = Read("alertmanager-firing-group.json").Replace("\"truncatedAlerts\": 0", "\"truncatedAlerts\": 7", StringComparison.Ordinal);

        var receipt = await alertmanager.AcceptedAsync(truncated);

        Assert.Equal(7, receipt.GetProperty("truncatedAlerts").GetInt32());
        Assert.Equal(2, receipt.GetProperty("alerts").GetArrayLength());
        Assert.Equal(2, await host.TicketCountAsync());
    }
}
