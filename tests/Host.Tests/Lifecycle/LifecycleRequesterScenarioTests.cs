using System.Net;
using System.Net.Http.Json;
using IncidentWorkflows.Host.Tests.Support;
using IncidentWorkflows.Host.Tests.Tasks;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Lifecycle;

/// <summary>Step 5 of the shipped lifecycle: the requester reopens, or says nothing and the ticket closes itself.</summary>
public sealed class LifecycleRequesterScenarioTests
{
    [Fact]
    public async Task Lifecycle_RequesterReopens_WorkStartsAgainAndTheSecondResolutionCloses()
    {
        await using var host = await LifecycleHost.StartAsync();
        var admin = await host.Factory.CreateAdminClientAsync();
        var requester = await host.RequesterAsync();
        var l1 = await host.EngineerAsync(admin, "l1-platform");
        var number = await requester.ReportSevereAsync();
        var instanceId = await host.LifecycleInstanceAsync(number);
        await ResolveFromInboxAsync(l1, number);
        await admin.TicketWhenAsync(number, t => t.Str("status") == "Resolved", "the ticket is resolved");
        await host.SlaTimerBecomesAsync(instanceId, null);

        using (var reopen = await requester.PostAsJsonAsync(Url($"/api/tickets/{number}/reopen"), new { reason = "Transfers still time out." }))
            Assert.Equal(HttpStatusCode.OK, reopen.StatusCode);

        var second = await l1.OpenTaskAsync(number);
        Assert.Equal("Open", second.Str("status"));
        await Eventually.UntilAsync(async () => await host.SlaTimerAsync(instanceId) is not null, "the SLA watch is armed again");
        var instance = await admin.InstanceWhenAsync(instanceId, "Running");
        Assert.Equal(0, instance.GetProperty("incidentCount").GetInt32());

        // The second round ends like the first: resolved from the inbox, acknowledged, and the lifecycle finishes.
        await ResolveFromInboxAsync(l1, number);
        await admin.TicketWhenAsync(number, t => t.Str("status") == "Resolved", "the ticket is resolved again");
        using (var close = await requester.PostAsJsonAsync(Url($"/api/tickets/{number}/close"), new { }))
            Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        await admin.InstanceWhenAsync(instanceId, "Finished");
    }

    [Fact]
    public async Task Lifecycle_NoAnswerFor5BusinessDays_ClosesAutomaticallyAndTellsTheRequester()
    {
        await using var host = await LifecycleHost.StartAsync();
        var admin = await host.Factory.CreateAdminClientAsync();
        var requester = await host.RequesterAsync();
        var l1 = await host.EngineerAsync(admin, "l1-platform");
        var number = await requester.ReportSevereAsync();
        var instanceId = await host.LifecycleInstanceAsync(number);
        await ResolveFromInboxAsync(l1, number);
        await admin.TicketWhenAsync(number, t => t.Str("status") == "Resolved", "the ticket is resolved");

        // Resolved on Monday 09:00; five business days (Mon–Fri, 10 h each) later is the next Monday 09:00.
        host.Time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        admin = await host.Factory.CreateAdminClientAsync();
        Assert.Equal("Resolved", (await admin.TicketAsync(number)).Str("status"));
        host.Time.Advance(TimeSpan.FromMinutes(1));

        var ticket = await admin.TicketWhenAsync(number, t => t.Str("status") == "Closed", "the ticket closed itself");
        Assert.Equal("AutoClosed", ticket.GetProperty("closure").Str("kind"));
        await admin.InstanceWhenAsync(instanceId, "Finished");
        await Eventually.UntilAsync(() => Task.FromResult(host.Smtp.Received.Any(m => (m.Parse().Subject ?? "").Contains($"[{number}] Closed", StringComparison.Ordinal))),
            "the requester got the closing notice");
    }

    private static async Task ResolveFromInboxAsync(HttpClient engineer, string number)
    {
        var task = await engineer.OpenTaskAsync(number);
        using var complete = await engineer.CompleteAsync(task.Str("id"), "Resolve", new { resolutionKind = "Workaround", resolution = "Retry the transfer after 60 s." });
        Assert.Equal(HttpStatusCode.OK, complete.StatusCode);
    }
}
