using System.Net;
using IncidentWorkflows.Host.Tests.Support;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Definitions;

/// <summary>Two editors of one draft: the second save with an old ETag is a 409, never a silent overwrite.</summary>
public sealed class DraftConcurrencyTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    private const string Prefix = "/api/workflow-definitions";

    [Fact]
    public async Task Save_WithTheCurrentTag_SucceedsAndAnswersANewTag()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("etag");
        (await client.PostAsync(Url(Prefix), Json(TestWorkflows.WriteLine(id, published: false)))).Dispose();
        var tag = await TagAsync(client, id);

        using var response = await PutAsync(client, id, tag, "first");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var newTag = response.Headers.ETag?.Tag;
        Assert.NotNull(newTag);
        Assert.NotEqual(tag, newTag);
        Assert.Equal(newTag, await TagAsync(client, id));
    }

    [Fact]
    public async Task Save_WithAStaleTag_Returns409DefinitionChangedAndKeepsTheOtherSave()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("etag");
        (await client.PostAsync(Url(Prefix), Json(TestWorkflows.WriteLine(id, published: false)))).Dispose();
        var tag = await TagAsync(client, id);
        (await PutAsync(client, id, tag, "saved by the first editor")).EnsureSuccessStatusCode();

        using var response = await PutAsync(client, id, tag, "saved by the second editor");

        await ProblemAsync(response, HttpStatusCode.Conflict, "definition-changed");
        var stored = await client.GetStringAsync(Url($"{Prefix}/{id}"));
        Assert.Contains("saved by the first editor", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_AfterSomeonePublished_Returns409()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("etag");
        (await client.PostAsync(Url(Prefix), Json(TestWorkflows.WriteLine(id, published: false)))).Dispose();
        var tag = await TagAsync(client, id);
        (await client.PostAsync(Url($"{Prefix}/{id}/publish"), null)).EnsureSuccessStatusCode();

        using var response = await PutAsync(client, id, tag, "late");

        await ProblemAsync(response, HttpStatusCode.Conflict, "definition-changed");
    }

    private static async Task<string> TagAsync(HttpClient client, string id)
    {
        using var response = await client.GetAsync(Url($"{Prefix}/{id}"));
        response.EnsureSuccessStatusCode();
        return response.Headers.ETag?.Tag ?? throw new InvalidOperationException("no ETag");
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string id, string tag, string text)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, Url($"{Prefix}/{id}")) { Content = Json(TestWorkflows.WriteLine(id, text, published: false)) };
        request.Headers.TryAddWithoutValidation("If-Match", tag);
        return client.SendAsync(request);
    }
}
