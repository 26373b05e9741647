using System.Net;
using System.Net.Http.Json;
using System.Text;
using IncidentWorkflows.Host.Tests.Support;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Definitions;

/// <summary>The execute endpoint, including the request variants of Elsa's RestApis component tests (hello-world.json).</summary>
public sealed class ExecuteEndpointTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>, IAsyncLifetime
{
    private const string HelloWorld = "3790068018ac4f02";
    private static readonly Uri Execute = Url($"/api/workflow-definitions/{HelloWorld}/execute");

    public async Task InitializeAsync()
    {
        using var client = await factory.CreateAdminClientAsync();
        await client.ImportAsync(await File.ReadAllTextAsync(RepositoryPaths.ComponentScenario("RestApis", "hello-world.json")));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ExecuteGet_WithCorrelationId_Returns200Finished()
    {
        using var client = await factory.CreateAdminClientAsync();
        var correlationId = Guid.NewGuid().ToString();

        using var response = await client.GetAsync(Url($"{Execute}?correlationId={correlationId}"));

        var instance = await OkJsonAsync(response);
        Assert.Equal("Finished", instance.GetProperty("subStatus").GetString());
        Assert.Equal(correlationId, instance.GetProperty("correlationId").GetString());
    }

    [Fact]
    public async Task ExecuteGet_WithoutCorrelationId_Returns200Finished()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.GetAsync(Execute);

        Assert.Equal("Finished", (await OkJsonAsync(response)).GetProperty("subStatus").GetString());
    }

    [Fact]
    public async Task ExecutePost_WithValidJsonBody_Returns200WithTheCorrelationId()
    {
        using var client = await factory.CreateAdminClientAsync();
        var correlationId = Guid.NewGuid().ToString();

        using var response = await client.PostAsJsonAsync(Execute, new { correlationId });

        var instance = await OkJsonAsync(response);
        Assert.Equal("Finished", instance.GetProperty("subStatus").GetString());
        Assert.Equal(correlationId, instance.GetProperty("correlationId").GetString());
    }

    [Fact]
    public async Task ExecutePost_WithoutBodyAndWithoutContentType_Returns200Finished()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostAsync(Execute, null);

        Assert.Equal("Finished", (await OkJsonAsync(response)).GetProperty("subStatus").GetString());
    }

    [Fact]
    public async Task ExecutePost_EmptyBodyWithJsonContentType_Returns200Finished()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostAsync(Execute, new StringContent("", Encoding.UTF8, "application/json"));

        Assert.Equal("Finished", (await OkJsonAsync(response)).GetProperty("subStatus").GetString());
    }

    [Fact]
    public async Task ExecutePost_SuspendingWorkflow_ReturnsInstanceJsonWithBookmark()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("exec-wait");
        await client.ImportAsync(TestWorkflows.WaitForEvent(id));

        var instance = await client.ExecuteAsync(id, new { input = new { ticket = 42 } });

        Assert.Equal(id, instance.GetProperty("definitionId").GetString());
        Assert.Equal(1, instance.GetProperty("definitionVersion").GetInt32());
        Assert.Equal("Running", instance.GetProperty("status").GetString());
        Assert.Equal("Suspended", instance.GetProperty("subStatus").GetString());
        var bookmark = Assert.Single(instance.GetProperty("bookmarks").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(bookmark.GetProperty("id").GetString()));
        Assert.Equal("ev", bookmark.GetProperty("activityId").GetString());
        Assert.Equal("go", bookmark.GetProperty("payload").GetProperty("eventName").GetString());
        Assert.False(instance.GetProperty("existing").GetBoolean());
        Assert.False(instance.TryGetProperty("httpResponse", out _));
    }

    [Fact]
    public async Task ExecutePost_SameIdempotencyKeyTwice_ReturnsTheFirstInstance()
    {
        using var client = await factory.CreateAdminClientAsync();
        var key = Guid.NewGuid().ToString();

        var first = await client.ExecuteAsync(HelloWorld, new { idempotencyKey = key });
        var second = await client.ExecuteAsync(HelloWorld, new { idempotencyKey = key });

        Assert.Equal(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        Assert.True(second.GetProperty("existing").GetBoolean());
    }

    [Fact]
    public async Task ExecutePost_MalformedJsonBody_Returns400InvalidJson()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostAsync(Execute, Json("{ \"input\": "));

        await ProblemAsync(response, HttpStatusCode.BadRequest, "invalid-json");
    }

    [Fact]
    public async Task ExecutePost_InputNotAnObject_Returns400InvalidJson()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostAsync(Execute, Json("{ \"input\": [1, 2] }"));

        await ProblemAsync(response, HttpStatusCode.BadRequest, "invalid-json");
    }

    [Fact]
    public async Task ExecutePost_UnknownDefinition_Returns404()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostAsync(Url("/api/workflow-definitions/no-such/execute"), null);

        await ProblemAsync(response, HttpStatusCode.NotFound, "definition-not-found");
    }
}
