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
