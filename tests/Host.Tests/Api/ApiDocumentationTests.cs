using System.Net;
using System.Text.Json;
using IncidentWorkflows.Host.Tests.Support;

namespace IncidentWorkflows.Host.Tests.Api;

public sealed class ApiDocumentationTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    [Fact]
    public async Task OpenApiDocument_ProductionEnvironment_ListsActivityDescriptorPath()
    {
        using var client = factory.CreateServerClient();

        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("IncidentWorkflows API", document.RootElement.GetProperty("info").GetProperty("title").GetString());
        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty("/api/activity-descriptors", out _));
    }

    [Theory]
    [InlineData("/api/workflow-definitions", "get")]
    [InlineData("/api/workflow-definitions", "post")]
    [InlineData("/api/workflow-definitions/{definitionId}", "put")]
    [InlineData("/api/workflow-definitions/import", "post")]
    [InlineData("/api/workflow-definitions/validate", "post")]
    [InlineData("/api/workflow-definitions/{definitionId}/publish", "post")]
    [InlineData("/api/workflow-definitions/{definitionId}/export", "get")]
    [InlineData("/api/workflow-definitions/{definitionId}/versions/{version}/revert", "post")]
    [InlineData("/api/workflow-definitions/{definitionId}/execute", "post")]
    [InlineData("/api/workflow-instances", "get")]
    [InlineData("/api/workflow-instances/{id}/journal", "get")]
    [InlineData("/api/workflow-instances/{id}/retry", "post")]
    [InlineData("/api/bookmarks/{id}/resume", "post")]
    [InlineData("/api/events/{name}/trigger", "post")]
    public async Task OpenApiDocument_ProductionEnvironment_ListsApiOperation(string path, string method)
    {
        using var client = factory.CreateServerClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty(path, out var item), $"{path} is missing");
        Assert.True(item.TryGetProperty(method, out var operation), $"{method} {path} is missing");
        Assert.False(string.IsNullOrEmpty(operation.GetProperty("operationId").GetString()));
    }

    [Fact]
    public async Task OpenApiDocument_ResumeOperation_DeclaresProblemResponses()
    {
        using var client = factory.CreateServerClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var responses = document.RootElement.GetProperty("paths").GetProperty("/api/bookmarks/{id}/resume").GetProperty("post").GetProperty("responses");
        Assert.True(responses.GetProperty("409").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(responses.TryGetProperty("200", out _));
    }

    [Fact]
    public async Task OpenApiDocument_InstanceList_NamesQueryParametersInCamelCase()
    {
        using var client = factory.CreateServerClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var parameters = document.RootElement.GetProperty("paths").GetProperty("/api/workflow-instances").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["definitionId", "status", "subStatus", "correlationId", "search", "page", "pageSize"], parameters);
    }

    [Fact]
    public async Task Scalar_Root_RedirectsToReferencePage()
    {
        using var client = factory.CreateServerClient(followRedirects: false);

        using var response = await client.GetAsync(new Uri("/scalar", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var target = new Uri(response.RequestMessage!.RequestUri!, response.Headers.Location!);
        Assert.StartsWith("/scalar/", target.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scalar_FollowingRedirect_ServesHtmlPage()
    {
        using var client = factory.CreateServerClient();

        using var response = await client.GetAsync(new Uri("/scalar", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
