using System.Net;
using IncidentWorkflows.Host.Tests.Support;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Definitions;

public sealed class DefinitionEndpointTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    private const string Prefix = "/api/workflow-definitions";

    [Fact]
    public async Task Create_NewDefinition_Returns201DraftWithLocation()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("create");

        using var response = await client.PostAsync(Url(Prefix), Json(TestWorkflows.WriteLine(id)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"{Prefix}/{id}", response.Headers.Location?.OriginalString);
        var summary = await client.GetJsonAsync($"{Prefix}/{id}/versions");
        var version = Assert.Single(summary.GetProperty("items").EnumerateArray());
        Assert.False(version.GetProperty("isPublished").GetBoolean());
    }

    [Fact]
    public async Task Create_ExistingDefinitionId_Returns409()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("dup");
        (await client.PostAsync(Url(Prefix), Json(TestWorkflows.WriteLine(id)))).Dispose();

        using var response = await client.PostAsync(Url(Prefix), Json(TestWorkflows.WriteLine(id)));

        await ProblemAsync(response, HttpStatusCode.Conflict, "definition-exists");
    }

    [Fact]
    public async Task Create_MalformedJson_Returns400InvalidJsonAndStoresNothing()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostAsync(Url(Prefix), Json("""{ "definitionId": "half-saved", "root": { """));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "invalid-json");
        Assert.Contains("JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var get = await client.GetAsync(Url($"{Prefix}/half-saved"));
        await ProblemAsync(get, HttpStatusCode.NotFound, "definition-not-found");
    }

    [Fact]
    public async Task Create_EmptyBody_Returns400()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostAsync(Url(Prefix), Json(""));

        await ProblemAsync(response, HttpStatusCode.BadRequest, "empty-body");
    }

    [Fact]
    public async Task Get_LatestAndByVersion_ReturnsElsaJsonOfThatVersion()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("get");
        await client.ImportAsync(TestWorkflows.WriteLine(id, "first"));
        await client.ImportAsync(TestWorkflows.WriteLine(id, "second"));

        var latest = await client.GetJsonAsync($"{Prefix}/{id}");
        var first = await client.GetJsonAsync($"{Prefix}/{id}?version=1");

        Assert.Equal(2, latest.GetProperty("version").GetInt32());
        Assert.Equal(id, latest.GetProperty("definitionId").GetString());
        Assert.Contains("second", latest.GetProperty("root").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("first", first.GetProperty("root").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownDefinition_Returns404()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.GetAsync(Url($"{Prefix}/no-such-definition"));

        await ProblemAsync(response, HttpStatusCode.NotFound, "definition-not-found");
    }

    [Fact]
    public async Task List_SearchAndPublishedFilter_ReturnsMatchingDefinitions()
    {
        using var client = await factory.CreateAdminClientAsync();
        var marker = TestWorkflows.NewId("listmark");
        await client.ImportAsync(TestWorkflows.WriteLine(marker + "-pub"));
        (await client.PostAsync(Url(Prefix), Json(TestWorkflows.WriteLine(marker + "-draft", published: false)))).Dispose();

        var all = await client.GetJsonAsync($"{Prefix}?search={marker}");
        var published = await client.GetJsonAsync($"{Prefix}?search={marker}&published=true");

        Assert.Equal(2, all.GetProperty("count").GetInt32());
        var only = Assert.Single(published.GetProperty("items").EnumerateArray());
        Assert.Equal(marker + "-pub", only.GetProperty("definitionId").GetString());
    }

    [Fact]
    public async Task Update_Draft_ReplacesDraftInPlace()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("update");
        (await client.PostAsync(Url(Prefix), Json(TestWorkflows.WriteLine(id, "old", published: false)))).Dispose();

        using var response = await client.PutAsync(Url($"{Prefix}/{id}"), Json(TestWorkflows.WriteLine(id, "new", published: false)));

        var summary = await OkJsonAsync(response);
        Assert.Equal(1, summary.GetProperty("version").GetInt32());
        Assert.Contains("new", (await client.GetJsonAsync($"{Prefix}/{id}")).GetProperty("root").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_BodyForAnotherDefinition_Returns400Mismatch()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("mismatch");
        (await client.PostAsync(Url(Prefix), Json(TestWorkflows.WriteLine(id, published: false)))).Dispose();

        using var response = await client.PutAsync(Url($"{Prefix}/{id}"), Json(TestWorkflows.WriteLine("someone-else")));

        await ProblemAsync(response, HttpStatusCode.BadRequest, "definition-id-mismatch");
    }

    [Fact]
    public async Task Update_UnknownDefinition_Returns404()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PutAsync(Url($"{Prefix}/never-created"), Json(TestWorkflows.WriteLine("never-created")));

        await ProblemAsync(response, HttpStatusCode.NotFound, "definition-not-found");
    }

    [Fact]
    public async Task Delete_DefinitionWithoutRunningInstances_Returns204AndIsGone()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("delete");
        await client.ImportAsync(TestWorkflows.WriteLine(id));

        using var response = await client.DeleteAsync(Url($"{Prefix}/{id}"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        using var get = await client.GetAsync(Url($"{Prefix}/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task Delete_DefinitionWithRunningInstance_Returns409()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("inuse");
        await client.ImportAsync(TestWorkflows.WaitForEvent(id));
        await client.ExecuteAsync(id);

        using var response = await client.DeleteAsync(Url($"{Prefix}/{id}"));

        await ProblemAsync(response, HttpStatusCode.Conflict, "definition-in-use");
    }
}
