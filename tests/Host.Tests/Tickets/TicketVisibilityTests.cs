using System.Net;
using System.Text.Json;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Host.Tests.Support;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Tickets;

/// <summary>Requesters see their own tickets, and of them only what is public; staff see everything.</summary>
public sealed class TicketVisibilityTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    [Fact]
    public async Task Comments_InternalAndPublic_RequesterSeesOnlyPublicStaffSeesBoth()
    {
        using var requester = await factory.CreateClientWithRolesAsync(Roles.Requester);
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);
        var number = await requester.CreateTicketNumberAsync(TicketCalls.Average("whoever@test"));

        using var internalNote = await engineer.PostJsonAsync($"/api/tickets/{number}/comments", new { text = "Suspect the index on settlements." });
        using var publicUpdate = await engineer.PostJsonAsync($"/api/tickets/{number}/comments", new { text = "We are looking into it.", visibility = "Public" });
        using var requesterReply = await requester.PostJsonAsync($"/api/tickets/{number}/comments", new { text = "It is urgent for month end." });
        var requesterView = await requester.GetJsonAsync($"/api/tickets/{number}");
        var staffView = await engineer.GetJsonAsync($"/api/tickets/{number}");

        Assert.Equal("Internal", (await Body(internalNote)).GetProperty("visibility").GetString());
        Assert.Equal(HttpStatusCode.Created, publicUpdate.StatusCode);
        Assert.Equal("Public", (await Body(requesterReply)).GetProperty("visibility").GetString());
        Assert.Equal("requester", requesterView.GetProperty("view").GetString());
        Assert.Equal(["We are looking into it.", "It is urgent for month end."], Texts(requesterView.GetProperty("publicUpdates")));
        Assert.All(requesterView.GetProperty("history").EnumerateArray(), e => Assert.Equal("Public", e.GetProperty("visibility").GetString()));
        Assert.False(requesterView.TryGetProperty("severity", out _));
        Assert.False(requesterView.TryGetProperty("comments", out _));
        Assert.Equal(["Suspect the index on settlements.", "We are looking into it.", "It is urgent for month end."], Texts(staffView.GetProperty("comments")));
        Assert.Contains(staffView.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("visibility").GetString() == "Internal");
    }

    [Fact]
    public async Task Create_Requester_ReportsForThemselvesThroughThePortal()
    {
        using var requester = await factory.CreateClientWithRolesAsync(Roles.Requester);
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);

        var created = await requester.CreateTicketAsync(new { title = "Cannot log in", category = "Onboarding", requester = "someone-else@test", channel = "Monitoring" });
        var staffView = await engineer.GetJsonAsync($"/api/tickets/{created.GetProperty("number").GetString()}");

        Assert.Equal("requester", created.GetProperty("view").GetString());
        Assert.Equal(await requester.NameAsync(), staffView.GetProperty("requester").GetString());
        Assert.Equal(("Portal", "External"), (staffView.GetProperty("channel").GetString(), staffView.GetProperty("detectionSource").GetString()));
    }

    [Fact]
    public async Task Get_AnotherRequestersTicket_Is404()
    {
        using var owner = await factory.CreateClientWithRolesAsync(Roles.Requester);
        using var other = await factory.CreateClientWithRolesAsync(Roles.Requester);
        var number = await owner.CreateTicketNumberAsync(TicketCalls.Average("x@test"));

        using var get = await other.GetAsync(Url($"/api/tickets/{number}"));
        using var comment = await other.PostJsonAsync($"/api/tickets/{number}/comments", new { text = "Me too." });
        using var cancel = await other.PostJsonAsync($"/api/tickets/{number}/cancel");

        await ProblemAsync(get, HttpStatusCode.NotFound, "ticket-not-found");
        await ProblemAsync(comment, HttpStatusCode.NotFound, "ticket-not-found");
        await ProblemAsync(cancel, HttpStatusCode.NotFound, "ticket-not-found");
    }

    [Fact]
    public async Task List_Requester_SeesOnlyOwnTicketsInTheRequesterShape()
    {
        using var requester = await factory.CreateClientWithRolesAsync(Roles.Requester);
        using var other = await factory.CreateClientWithRolesAsync(Roles.Requester);
        await requester.CreateTicketNumberAsync(TicketCalls.Average("x@test", title: "Mine one"));
        await requester.CreateTicketNumberAsync(TicketCalls.Average("x@test", title: "Mine two"));
        await other.CreateTicketNumberAsync(TicketCalls.Average("x@test", title: "Theirs"));

        var list = await requester.GetJsonAsync($"/api/tickets?requester={Uri.EscapeDataString(await other.NameAsync())}");

        Assert.Equal(2, list.GetProperty("totalCount").GetInt32());
        Assert.Equal(["Mine two", "Mine one"], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.All(list.GetProperty("items").EnumerateArray(), i =>
        {
            Assert.Equal("requester", i.GetProperty("view").GetString());
            Assert.False(i.TryGetProperty("severity", out _));
        });
    }

    [Fact]
    public async Task Requester_InternalNoteOrStaffTransition_Is403()
    {
        using var requester = await factory.CreateClientWithRolesAsync(Roles.Requester);
        var number = await requester.CreateTicketNumberAsync(TicketCalls.Average("x@test"));

        using var note = await requester.PostJsonAsync($"/api/tickets/{number}/comments", new { text = "Psst.", visibility = "Internal" });
        using var start = await requester.PostJsonAsync($"/api/tickets/{number}/start-work", new { assignee = "me" });
        using var task = await requester.PostJsonAsync($"/api/tickets/{number}/tasks", new { title = "Do it" });

        await ProblemAsync(note, HttpStatusCode.Forbidden, "forbidden");
        await ProblemAsync(start, HttpStatusCode.Forbidden, "forbidden");
        await ProblemAsync(task, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Cancel_Requester_CancelsOwnTicketAsTheCustomer()
    {
        using var requester = await factory.CreateClientWithRolesAsync(Roles.Requester);
        var number = await requester.CreateTicketNumberAsync(TicketCalls.Average("x@test"));

        var cancelled = await requester.PostOkAsync($"/api/tickets/{number}/cancel", new { reason = "Reported twice." });

        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        Assert.Contains(cancelled.GetProperty("history").EnumerateArray(), e => e.GetProperty("subject").GetString() == "cancellation");
    }

    private static async Task<JsonElement> Body(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static List<string?> Texts(JsonElement comments) => comments.EnumerateArray().Select(c => c.GetProperty("text").GetString()).ToList();
}
