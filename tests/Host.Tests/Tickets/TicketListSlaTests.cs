using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Host.Tests.Support;

namespace IncidentWorkflows.Host.Tests.Tickets;

/// <summary>The SLA summary on each staff line of the ticket list, and the channel (source) filter.</summary>
public sealed class TicketListSlaTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    [Fact]
    public async Task List_StaffLines_CarryTheSlaStateWithTheNearestDueMoment_RequesterLinesDoNot()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);
        var requester = $"sla-{Guid.NewGuid():N}@partner.test";
        var number = await engineer.CreateTicketNumberAsync(TicketCalls.Severe(requester));
        var ticket = await engineer.GetJsonAsync($"/api/tickets/{number}");

        var line = (await engineer.GetJsonAsync($"/api/tickets?search={number}")).GetProperty("items")[0];

        var sla = line.GetProperty("sla");
        Assert.Equal("on-track", sla.GetProperty("state").GetString());
        var nearest = ticket.GetProperty("sla").GetProperty("clocks").EnumerateArray()
            .Where(c => c.GetProperty("state").GetString() != "Stopped")
            .Min(c => c.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(nearest, sla.GetProperty("dueAt").GetDateTimeOffset());
        Assert.False(string.IsNullOrEmpty(sla.GetProperty("remaining").GetString()));

        using var asRequester = await factory.CreateClientWithRolesAsync("requester");
        await asRequester.CreateTicketNumberAsync(TicketCalls.Average("ignored"));
        var own = (await asRequester.GetJsonAsync("/api/tickets")).GetProperty("items")[0];
        Assert.False(own.TryGetProperty("sla", out _));
    }

    [Fact]
    public async Task List_ChannelFilter_NarrowsToTheSource()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);
        var requester = $"channel-{Guid.NewGuid():N}@partner.test";
        var byEmail = await engineer.CreateTicketNumberAsync(TicketCalls.Severe(requester));
        var byStaff = await engineer.CreateTicketNumberAsync(TicketCalls.Average(requester));
        var who = $"requester={Uri.EscapeDataString(requester)}";

        Assert.Equal([byEmail], await NumbersAsync(engineer, $"{who}&channel=email"));
        Assert.Equal([byStaff], await NumbersAsync(engineer, $"{who}&channel=Staff"));
        using var misspelt = await engineer.GetAsync(ApiCalls.Url("/api/tickets?channel=Pigeon"));
        await ProblemAssert.IsProblemAsync(misspelt, System.Net.HttpStatusCode.BadRequest, "invalid-filter");
    }

    private static async Task<List<string?>> NumbersAsync(HttpClient client, string query) =>
        (await client.GetJsonAsync($"/api/tickets?{query}")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()).ToList();
}
