using System.Net;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Host.Tests.Support;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Tickets;

/// <summary>Every way a ticket request can fail answers a ProblemDetails with a stable type.</summary>
public sealed class TicketErrorTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    [Theory]
    [InlineData("GET", "/api/tickets")]
    [InlineData("POST", "/api/tickets")]
    [InlineData("GET", "/api/tickets/INC-000001")]
    [InlineData("POST", "/api/tickets/INC-000001/resolve")]
    [InlineData("POST", "/api/tickets/INC-000001/comments")]
    [InlineData("GET", "/api/categories")]
    [InlineData("PUT", "/api/sla-policies")]
    public async Task TicketEndpoint_Anonymous_Returns401(string method, string path)
    {
        using var client = factory.CreateServerClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), Url(path)));

        await ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Integration_CreatesAndReadsButCannotWorkTickets()
    {
        using var monitoring = await factory.CreateApiKeyClientAsync(Roles.Integration);

        var created = await monitoring.CreateTicketAsync(new { title = "Disk 95 % full on db-2", category = "Infrastructure", subcategory = "Storage" });
        var number = created.GetProperty("number").GetString();
        using var start = await monitoring.PostJsonAsync($"/api/tickets/{number}/start-work", new { assignee = "bot" });

        Assert.Equal(("Monitoring", "Internal"), (created.GetProperty("channel").GetString(), created.GetProperty("detectionSource").GetString()));
        Assert.Equal("test integration", created.GetProperty("requester").GetString());
        await ProblemAsync(start, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Create_InvalidJson_Returns400InvalidJson()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);

        using var response = await engineer.PostAsync(Url("/api/tickets"), Json("""{"title": "Broken", """));

        await ProblemAsync(response, HttpStatusCode.BadRequest, "invalid-json");
    }

    [Fact]
    public async Task Create_UnknownEnumName_Returns400InvalidJson()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);

        using var response = await engineer.PostAsync(Url("/api/tickets"), Json("""{"title": "X", "category": "Platform", "kind": "Complaint"}"""));

        await ProblemAsync(response, HttpStatusCode.BadRequest, "invalid-json");
    }

    [Fact]
    public async Task Create_MissingTitleAndCategory_Returns400NamingTheFirstField()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);

        using var response = await engineer.PostAsync(Url("/api/tickets"), Json("""{"description": "Something broke"}"""));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "required", "title");
        Assert.True(problem.GetProperty("errors").TryGetProperty("category", out _));
    }

    [Fact]
    public async Task Create_EnumAsOutOfRangeNumber_Returns400()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);

        using var response = await engineer.PostAsync(Url("/api/tickets"), Json("""{"title": "X", "category": "Platform", "kind": 7}"""));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid-value", "kind");
    }

    [Theory]
    [InlineData("Catering", null, "category")]
    [InlineData("Platform", "Catering", "subcategory")]
    public async Task Create_UnknownCategory_Returns400NamingTheField(string category, string? subcategory, string field)
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);

        using var response = await engineer.PostJsonAsync("/api/tickets", new { title = "X", category, subcategory });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "unknown-category", field);
    }

    [Theory]
    [InlineData("GET", "/api/tickets/INC-999999")]
    [InlineData("POST", "/api/tickets/INC-999999/resume")]
    [InlineData("GET", "/api/tickets/not-a-number")]
    public async Task UnknownTicket_Returns404(string method, string path)
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);

        using var response = await engineer.SendAsync(new HttpRequestMessage(new HttpMethod(method), Url(path)));

        await ProblemAsync(response, HttpStatusCode.NotFound, "ticket-not-found");
    }

    [Fact]
    public async Task CompleteTask_UnknownTask_Returns404TaskNotFound()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);
        var number = await engineer.CreateTicketNumberAsync(TicketCalls.Average("rita@partner.test"));

        using var response = await engineer.PostJsonAsync($"/api/tickets/{number}/tasks/{Guid.NewGuid()}/complete");

        await ProblemAsync(response, HttpStatusCode.NotFound, "task-not-found");
    }

    [Fact]
    public async Task AddTask_WithoutTitle_Returns400NamingTitle()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);
        var number = await engineer.CreateTicketNumberAsync(TicketCalls.Average("rita@partner.test"));

        using var response = await engineer.PostJsonAsync($"/api/tickets/{number}/tasks", new { mandatory = true });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "text-required", "title");
    }
}
