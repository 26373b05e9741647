using System.Net;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Host.Tests.Support;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Auth;

/// <summary>Who may call what: every /api group needs a signed-in caller and its policy; failures are ProblemDetails.</summary>
public sealed class ApiAuthorizationTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    [Theory]
    [InlineData("GET", "/api/workflow-definitions")]
    [InlineData("POST", "/api/workflow-definitions/any/publish")]
    [InlineData("POST", "/api/workflow-definitions/any/execute")]
    [InlineData("GET", "/api/workflow-instances")]
    [InlineData("POST", "/api/bookmarks/any/resume")]
    [InlineData("POST", "/api/events/any/trigger")]
    public async Task ApiEndpoint_Anonymous_Returns401ProblemDetails(string method, string path)
    {
        using var client = factory.CreateServerClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), Url(path)));

        await ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Publish_Requester_Returns403ProblemDetails()
    {
        using var client = await factory.CreateClientWithRolesAsync(Roles.Requester);

        using var response = await client.PostAsync(Url("/api/workflow-definitions/any/publish"), null);

        await ProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task DefinitionEndpoints_Engineer_MayReadButNotChange()
    {
        using var client = await factory.CreateClientWithRolesAsync(Roles.EngineerL2);

        using var list = await client.GetAsync(Url("/api/workflow-definitions"));
        using var create = await client.PostAsync(Url("/api/workflow-definitions"), Json(TestWorkflows.WriteLine("engineer-made")));

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        await ProblemAsync(create, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ProcessOwner_CreatesPublishesAndExecutes()
    {
        using var client = await factory.CreateClientWithRolesAsync(Roles.ProcessOwner);
        var id = TestWorkflows.NewId("owner");

        using var create = await client.PostAsync(Url("/api/workflow-definitions"), Json(TestWorkflows.WriteLine(id, published: false)));
        using var publish = await client.PostAsync(Url($"/api/workflow-definitions/{id}/publish"), null);

        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        Assert.Equal("Finished", (await client.ExecuteAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task IntegrationApiKey_ExecuteThenResume_BothReturn200()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("apikey");
        await admin.ImportAsync(TestWorkflows.WaitForEvent(id));
        using var integration = await factory.CreateApiKeyClientAsync(Roles.Integration);

        using var execute = await integration.PostAsync(Url($"/api/workflow-definitions/{id}/execute"), null);
        var bookmarkId = (await OkJsonAsync(execute)).GetProperty("bookmarks")[0].GetProperty("id").GetString();
        using var resume = await integration.PostAsync(Url($"/api/bookmarks/{bookmarkId}/resume"), null);

        Assert.Equal("Finished", (await OkJsonAsync(resume)).GetProperty("subStatus").GetString());
    }

    [Fact]
    public async Task InstanceList_IntegrationApiKey_Returns403()
    {
        using var integration = await factory.CreateApiKeyClientAsync(Roles.Integration);

        using var response = await integration.GetAsync(Url("/api/workflow-instances"));

        await ProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Execute_Requester_Returns403()
    {
        using var client = await factory.CreateClientWithRolesAsync(Roles.Requester);

        using var response = await client.PostAsync(Url("/api/workflow-definitions/any/execute"), null);

        await ProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }
}
