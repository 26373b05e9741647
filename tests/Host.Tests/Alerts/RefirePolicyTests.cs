using static IncidentWorkflows.Host.Tests.Alerts.Fixtures;

namespace IncidentWorkflows.Host.Tests.Alerts;

/// <summary>An alert firing again after it resolved: within the reopen window the incident continues, later a new one opens.</summary>
public sealed class RefirePolicyTests
{
    [Fact]
    public async Task Post_RefireWithinReopenWindow_ReopensTheSameIncident()
    {
        await using var host = await AlertHost.StartAsync();
        var zabbix = await host.IntegrationAsync("Zabbix", new { reopenWindow = "00:30:00" });
        var first = Ticket(await zabbix.AcceptedFixtureAsync("zabbix-problem.json"), 0);
        await zabbix.AcceptedFixtureAsync("zabbix-recovery.json");

        host.Time.Advance(TimeSpan.FromMinutes(29));
        var refire = await zabbix.AcceptedFixtureAsync("zabbix-problem.json");

        Assert.Equal("Reopened", Outcome(refire, 0));
        Assert.Equal(first, Ticket(refire, 0));
        Assert.Equal(1, await host.TicketCountAsync());
    }

    [Fact]
    public async Task Post_RefireAfterReopenWindow_OpensANewIncident()
    {
        await using var host = await AlertHost.StartAsync();
        var zabbix = await host.IntegrationAsync("Zabbix", new { reopenWindow = "00:30:00" });
        var first = Ticket(await zabbix.AcceptedFixtureAsync("zabbix-problem.json"), 0);
        await zabbix.AcceptedFixtureAsync("zabbix-recovery.json");

        host.Time.Advance(TimeSpan.FromMinutes(31));
        var refire = await zabbix.AcceptedFixtureAsync("zabbix-problem.json");

        Assert.Equal("Opened", Outcome(refire, 0));
        Assert.NotEqual(first, Ticket(refire, 0));
        Assert.Equal(2, await host.TicketCountAsync());
        await host.InstanceOfAsync(Ticket(refire, 0), "Running");
    }

    [Fact]
    public async Task Post_RefireWithinWindowOfAnAutoResolvedTicket_ReopensTheTicket()
    {
        await using var host = await AlertHost.StartAsync();
        var zabbix = await host.IntegrationAsync("Zabbix", new { autoResolve = true });
        var ticket = Ticket(await zabbix.AcceptedFixtureAsync("zabbix-problem.json"), 0);
        await host.StartWorkAsync(ticket);
        await zabbix.AcceptedFixtureAsync("zabbix-recovery.json");
        Assert.Equal("Resolved", (await host.TicketAsync(ticket)).GetProperty("status").GetString());

        var refire = await zabbix.AcceptedFixtureAsync("zabbix-problem.json");

        Assert.Equal("Reopened", Outcome(refire, 0));
        var reopened = await host.TicketAsync(ticket);
        Assert.Equal("InProgress", reopened.GetProperty("status").GetString());
        Assert.Equal(1, reopened.GetProperty("reopenCount").GetInt32());
    }
}
