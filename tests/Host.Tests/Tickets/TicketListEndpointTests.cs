using System.Net;
using System.Text.Json;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Host.Tests.Support;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Tickets;

/// <summary>The ticket list: every filter, text and number search, paging, and the total count.</summary>
public sealed class TicketListEndpointTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    [Fact]
    public async Task List_Filters_NarrowAndCountTheMatches()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);
        var requester = $"list-{Guid.NewGuid():N}@partner.test";
        var severe = await engineer.CreateTicketNumberAsync(TicketCalls.Severe(requester, "Gateway refuses transfers"));
        var average = await engineer.CreateTicketNumberAsync(TicketCalls.Average(requester, "Settlement report slow"));
        var request = await engineer.CreateTicketNumberAsync(new { kind = "ServiceRequest", title = "New certificate", category = "Onboarding", requester });
        await engineer.PostOkAsync($"/api/tickets/{severe}/start-work", new { assignee = "eve@ops.test" });
        var who = $"requester={Uri.EscapeDataString(requester)}";

        Assert.Equal([request, average, severe], await NumbersAsync(engineer, who));
        Assert.Equal([severe], await NumbersAsync(engineer, $"{who}&status=inprogress"));
        Assert.Equal([severe], await NumbersAsync(engineer, $"{who}&severity=S2"));
        Assert.Equal([average], await NumbersAsync(engineer, $"{who}&priority=P3&category=settlements"));
        Assert.Equal([request], await NumbersAsync(engineer, $"{who}&kind=ServiceRequest"));
        Assert.Equal([average], await NumbersAsync(engineer, $"{who}&group=l1-settlements"));
        Assert.Equal([severe], await NumbersAsync(engineer, $"{who}&assignee=EVE@ops.test"));
        Assert.Equal([severe], await NumbersAsync(engineer, $"{who}&search=GATEWAY"));
        Assert.Equal([severe], await NumbersAsync(engineer, $"{who}&search=clearing%20house"));
        Assert.Equal([severe], await NumbersAsync(engineer, $"search={severe.ToLowerInvariant()}"));
    }

    [Fact]
    public async Task List_Paged_ReturnsThePageAndTheTotalCount()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);
        var requester = $"paging-{Guid.NewGuid():N}@partner.test";
        for (var i = 0; i < 5; i++)
            await engineer.CreateTicketNumberAsync(TicketCalls.Average(requester, $"Paged {i}"));

        var page = await engineer.GetJsonAsync($"/api/tickets?requester={Uri.EscapeDataString(requester)}&page=1&pageSize=2");

        Assert.Equal((5, 1, 2), (page.GetProperty("totalCount").GetInt32(), page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32()));
        Assert.Equal(["Paged 2", "Paged 1"], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task List_MisspeltFilter_Returns400()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);

        using var response = await engineer.GetAsync(Url("/api/tickets?status=Opened"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "invalid-filter");
        Assert.Contains("InProgress", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<List<string?>> NumbersAsync(HttpClient client, string query)
    {
        var page = await client.GetJsonAsync($"/api/tickets?{query}");
        var numbers = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()).ToList();
        Assert.Equal(numbers.Count, page.GetProperty("totalCount").GetInt32());
        return numbers;
    }
}
