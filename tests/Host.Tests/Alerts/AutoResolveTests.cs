using static IncidentWorkflows.Host.Tests.Alerts.Fixtures;

namespace IncidentWorkflows.Host.Tests.Alerts;

/// <summary>Whether a resolved alert resolves its ticket: only when switched on, never to Closed, never a security ticket.</summary>
public sealed class AutoResolveTests
{
    [Fact]
    public async Task Post_ResolveWithAutoResolveOn_ResolvesTheWorkedTicketButDoesNotCloseIt()
    {
        await using var host = await AlertHost.StartAsync();
        var datadog = await host.IntegrationAsync("Datadog", new { autoResolve = true });
        var ticket = Ticket(await datadog.AcceptedFixtureAsync("datadog-triggered.json"), 0);
        await host.StartWorkAsync(ticket);

        var recovered = await datadog.AcceptedFixtureAsync("datadog-recovered.json");

        Assert.True(Line(recovered, 0).GetProperty("ticketResolved").GetBoolean());
        var resolved = await host.TicketAsync(ticket);
        Assert.Equal("Resolved", resolved.GetProperty("status").GetString());
        Assert.Equal("Workaround", resolved.GetProperty("resolution").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Post_ResolveWithAutoResolveOff_LeavesTheTicketAsItIs()
    {
        await using var host = await AlertHost.StartAsync();
        var datadog = await host.IntegrationAsync("Datadog");
        var ticket = Ticket(await datadog.AcceptedFixtureAsync("datadog-triggered.json"), 0);
        await host.StartWorkAsync(ticket);

        var recovered = await datadog.AcceptedFixtureAsync("datadog-recovered.json");

        Assert.False(Line(recovered, 0).GetProperty("ticketResolved").GetBoolean());
        Assert.Equal("InProgress", (await host.TicketAsync(ticket)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Post_ResolveOfASecurityIncident_NeverTouchesTheTicket()
    {
        await using var host = await AlertHost.StartAsync();
        var datadog = await host.IntegrationAsync("Datadog", new
        {
            autoResolve = true,
            routes = new[] { new { matchers = new[] { new { label = "service", op = "=", value = "auth" } }, category = "Security", subcategory = "Unauthorized access" } },
        });
        var ticket = Ticket(await datadog.AcceptedFixtureAsync("datadog-triggered.json"), 0);
        await host.StartWorkAsync(ticket);

        var recovered = await datadog.AcceptedFixtureAsync("datadog-recovered.json");

        Assert.Equal("Resolved", Outcome(recovered, 0));
        var security = await host.TicketAsync(ticket);
        Assert.True(security.GetProperty("isSecurity").GetBoolean());
        Assert.Equal("InProgress", security.GetProperty("status").GetString());
    }
}
