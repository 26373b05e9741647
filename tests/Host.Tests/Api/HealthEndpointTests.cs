using System.Net;
using IncidentWorkflows.Host.Tests.Support;
using IncidentWorkflows.Persistence.Timers;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentWorkflows.Host.Tests.Api;

public sealed class HealthEndpointTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    [Fact]
    public async Task HealthLive_RunningHost_Returns200Healthy()
    {
        using var client = factory.CreateServerClient();

        using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HealthReady_AfterTimerReconciliation_Returns200Healthy()
    {
        using var client = factory.CreateServerClient();
        var readiness = factory.Services.GetRequiredService<TimerReadiness>();

        // Readiness waits for the background reconciliation; waiting on its signal is not a timing assumption.
        await readiness.WhenReady.WaitAsync(TimeSpan.FromMinutes(2));
        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
