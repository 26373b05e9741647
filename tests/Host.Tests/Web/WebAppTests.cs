using System.Net;
using IncidentWorkflows.Host.Tests.Support;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Web;

/// <summary>The browser app is served at / with a fallback to index.html, which never hides the server's own areas.</summary>
public sealed class WebAppTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/designer")]
    [InlineData("/designer/some-workflow/diff")]
    [InlineData("/instances/abc")]
    public async Task AppRoutes_AnswerTheAppsIndexPage_WithoutSigningIn(string path)
    {
        using var client = factory.CreateServerClient();

        using var response = await client.GetAsync(Url(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/api/no-such-thing", HttpStatusCode.NotFound)]
    [InlineData("/health/nothing", HttpStatusCode.NotFound)]
    [InlineData("/openapi/nothing", HttpStatusCode.NotFound)]
    [InlineData("/workflows/no-such-trigger", HttpStatusCode.NotFound)]
    public async Task ServerAreas_KeepTheirProblemAnswers(string path, HttpStatusCode status)
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.GetAsync(Url(path));

        Assert.Equal(status, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Bundles_AreServedAsImmutableFiles()
    {
        using var client = factory.CreateServerClient();
        var index = await client.GetStringAsync(Url("/"));
        var script = System.Text.RegularExpressions.Regex.Match(index, "src=\"(/assets/[^\"]+\\.js)\"").Groups[1].Value;
        Assert.NotEmpty(script);

        using var response = await client.GetAsync(Url(script));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }
}
