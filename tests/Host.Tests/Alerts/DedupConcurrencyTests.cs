using System.Net;

namespace IncidentWorkflows.Host.Tests.Alerts;

public sealed class DedupConcurrencyTests
{
    [Fact]
    public async Task Post_FiftyConcurrentIdenticalDeliveries_OpenExactlyOneIncident()
    {
        await using var host = await AlertHost.StartAsync();
        var pagerDuty = await host.IntegrationAsync("PagerDuty");
        var body = Fixtures.Read("pagerduty-v2-trigger.json");

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => pagerDuty.PostAsync(body)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Equal(1, await host.TicketCountAsync());
        Assert.Equal(1, await host.CountAsync<Persistence.Alerts.Storage.AlertIncidentRecord>());
        var alert = await host.AlertAsync("settlement-batch/late/2026-11-20");
        Assert.Equal(50, alert.Occurrences);
        Assert.Equal(50, await host.CountAsync<Persistence.Alerts.Storage.AlertEventRecord>());
    }
}
