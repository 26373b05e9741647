using System.Net;
using System.Text.Json;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Host.Tests.Support;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Tickets;

/// <summary>The remaining moves over the API: escalation and its return, Pending and resume, acknowledgement, dropping a task.</summary>
public sealed class TicketWorkflowMovesTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    [Fact]
    public async Task EscalateReturnHoldResume_S3Ticket_EachMoveIsOnTheTimeline()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL2);
        var number = await engineer.CreateTicketNumberAsync(TicketCalls.Average("rita@partner.test"));
        await engineer.PostOkAsync($"/api/tickets/{number}/start-work", new { assignee = "eve@ops.test" });

        var escalated = await engineer.PostOkAsync($"/api/tickets/{number}/escalate", new { to = "product-delivery", reason = "Needs a code change." });
        var returned = await engineer.PostOkAsync($"/api/tickets/{number}/return-from-escalation", new { note = "Patch delivered." });
        var held = await engineer.PostOkAsync($"/api/tickets/{number}/put-on-hold", new { reason = "AwaitingCustomerInformation", explanation = "Which accounts?" });
        var resumed = await engineer.PostOkAsync($"/api/tickets/{number}/resume");

        Assert.Equal("product-delivery", escalated.GetProperty("escalation").GetProperty("to").GetString());
        Assert.Equal(JsonValueKind.Null, returned.GetProperty("escalation").ValueKind);
        Assert.True(held.GetProperty("sla").GetProperty("isPaused").GetBoolean());
        Assert.Equal("InProgress", resumed.GetProperty("status").GetString());
        Assert.False(resumed.GetProperty("sla").GetProperty("isPaused").GetBoolean());
        var moves = resumed.GetProperty("timeline").EnumerateArray()
            .Where(e => e.GetProperty("subject").GetString() == "status")
            .Select(e => e.GetProperty("newValue").GetString());
        Assert.Equal(["New", "InProgress", "Escalated", "InProgress", "Pending", "InProgress"], moves);
    }

    [Fact]
    public async Task Escalate_WithoutReason_Returns400NamingReason()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL2);
        var number = await engineer.CreateTicketNumberAsync(TicketCalls.Average("rita@partner.test"));
        await engineer.PostOkAsync($"/api/tickets/{number}/start-work", new { assignee = "eve@ops.test" });

        using var response = await engineer.PostJsonAsync($"/api/tickets/{number}/escalate", new { to = "vendor" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "escalation-reason-required", "reason");
    }

    [Fact]
    public async Task Acknowledge_S1Ticket_StopsTheAcknowledgeClockOnly()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);
        var number = await engineer.CreateTicketNumberAsync(new { title = "Partners cannot connect", category = "Infrastructure", requester = "rita@partner.test", impact = new { severalPartnersLostConnectivity = true } });

        var acknowledged = await engineer.PostOkAsync($"/api/tickets/{number}/acknowledge");

        var states = acknowledged.GetProperty("sla").GetProperty("clocks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("kind").GetString()!, c => c.GetProperty("state").GetString());
        Assert.Equal(("Stopped", "Running"), (states["Acknowledge"], states["Response"]));
        Assert.NotEqual(JsonValueKind.Null, acknowledged.GetProperty("acknowledgedAt").ValueKind);
    }

    [Fact]
    public async Task CancelTask_MandatoryTaskDropped_NoLongerBlocksResolving()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);
        var number = await engineer.CreateTicketNumberAsync(TicketCalls.Average("rita@partner.test"));
        await engineer.PostOkAsync($"/api/tickets/{number}/start-work", new { assignee = "eve@ops.test" });
        using var added = await engineer.PostJsonAsync($"/api/tickets/{number}/tasks", new { title = "Vendor analysis", mandatory = true });
        var taskId = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();

        using var noReason = await engineer.PostJsonAsync($"/api/tickets/{number}/tasks/{taskId}/cancel", new { });
        var dropped = await engineer.PostOkAsync($"/api/tickets/{number}/tasks/{taskId}/cancel", new { reason = "Fixed without the vendor." });
        var resolved = await engineer.PostOkAsync($"/api/tickets/{number}/resolve", new { kind = "PermanentFix", resolution = "Config corrected." });

        await ProblemAssert.IsProblemAsync(noReason, HttpStatusCode.BadRequest, "reason-required", "reason");
        Assert.Equal(("Cancelled", "Fixed without the vendor."), (dropped.GetProperty("state").GetString(), dropped.GetProperty("cancelReason").GetString()));
        Assert.Equal("Resolved", resolved.GetProperty("status").GetString());
    }
}
