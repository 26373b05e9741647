using System.Net;
using System.Net.Http.Json;
using IncidentWorkflows.Host.Tests.Support;
using IncidentWorkflows.Host.Tests.Tasks;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Lifecycle;

/// <summary>
/// process.md §5 through the shipped <c>workflows/incident-lifecycle.json</c>, over HTTP, with SLA and auto-close timers
/// driven by a fake clock: what a requester, an engineer and the service desk see, step by step.
/// </summary>
public sealed class IncidentLifecycleScenarioTests
{
    [Fact]
    public async Task Lifecycle_SevereIncident_WarnsEscalatesResolvesAndClosesOnAcknowledgement()
    {
        await using var host = await LifecycleHost.StartAsync();
        var admin = await host.Factory.CreateAdminClientAsync();
        var requester = await host.RequesterAsync();
        var l1 = await host.EngineerAsync(admin, "l1-platform");
        var l2 = await host.EngineerAsync(admin, "l2-operations");

        // 1–2. Reported through the portal, triaged S2/P2 and routed to the platform's L1 group; its task reaches L1's inbox.
        var number = await requester.ReportSevereAsync();
        var instanceId = await host.LifecycleInstanceAsync(number);
        var task = await l1.OpenTaskAsync(number);
        Assert.Equal(("l1-platform", $"Investigate and resolve {number}"), (task.Str("candidateGroup"), task.Str("title")));
        var ticket = await admin.TicketAsync(number);
        Assert.Equal(("S2", "P2", "l1-platform"), (ticket.Str("severity"), ticket.Str("priority"), ticket.Str("supportGroup")));

        // 4. 75 % of the 30-minute response target: the warning and the hierarchical notice, once.
        host.Time.Advance(TimeSpan.FromMinutes(23));
        ticket = await admin.TicketWhenAsync(number, t => t.Timeline("hierarchical-notice").Any(), "the response warning was noticed");
        Assert.Single(ticket.Timeline("sla-warning"));
        Assert.Empty(ticket.Timeline("sla-breach"));

        // Breach at 30 minutes: recorded, and functional escalation to L2; the task follows the ticket to L2's inbox.
        host.Time.Advance(TimeSpan.FromMinutes(8));
        ticket = await admin.TicketWhenAsync(number, t => t.Str("supportGroup") == "l2-operations", "the breach escalated the ticket to L2");
        Assert.Equal("L2", ticket.Str("supportLevel"));
        Assert.NotEmpty(ticket.Timeline("sla-breach"));
        task = await l2.OpenTaskAsync(number);
        Assert.Equal("l2-operations", task.Str("candidateGroup"));

        // Pending is refused for an S2 ticket (process.md §2).
        using (var start = await l2.PostAsJsonAsync(Url($"/api/tickets/{number}/start-work"), new { assignee = await NameAsync(l2) }))
            Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        using (var hold = await l2.PostAsJsonAsync(Url($"/api/tickets/{number}/put-on-hold"), new { reason = "AwaitingCustomerInformation", explanation = "Need the ids." }))
            await ProblemAssert.IsProblemAsync(hold, HttpStatusCode.Conflict, "pending-forbidden-for-s1-s2");

        // 3. The engineer resolves from the inbox; the workflow resolves the ticket and the requester is told.
        using (var complete = await l2.CompleteAsync(task.Str("id"), "Resolve", new { resolutionKind = "PermanentFix", resolution = "Gateway timeout raised to 60 s." }))
            Assert.Equal(HttpStatusCode.OK, complete.StatusCode);
        ticket = await admin.TicketWhenAsync(number, t => t.Str("status") == "Resolved", "the workflow resolved the ticket");
        Assert.Equal("Gateway timeout raised to 60 s.", ticket.GetProperty("resolution").Str("text"));

        // 5. The requester acknowledges: Closed, and the lifecycle ends.
        using (var close = await requester.PostAsJsonAsync(Url($"/api/tickets/{number}/close"), new { }))
            Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        await admin.InstanceWhenAsync(instanceId, "Finished");
        Assert.Equal("Closed", (await admin.TicketAsync(number)).Str("status"));
    }

    private static async Task<string> NameAsync(HttpClient client) => (await client.GetJsonAsync("/api/auth/me")).Str("name");
}
