using System.Net;
using System.Text.Json;
using IncidentWorkflows.Host.Tests.Support;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Definitions;

public sealed class DefinitionLifecycleTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    private const string Prefix = "/api/workflow-definitions";

    [Fact]
    public async Task Publish_ValidDraft_PublishesAndExecutes()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("publish");
        (await client.PostAsync(Url(Prefix), Json(TestWorkflows.WriteLine(id, published: false)))).Dispose();

        using var response = await client.PostAsync(Url($"{Prefix}/{id}/publish"), null);

        Assert.True((await OkJsonAsync(response)).GetProperty("isPublished").GetBoolean());
        Assert.Equal("Finished", (await client.ExecuteAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Publish_InvalidDraft_Returns400NamingActivityAndRuleAndStaysDraft()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("invalid");
        (await client.PostAsync(Url(Prefix), Json(TestWorkflows.MissingEventName(id)))).Dispose();

        using var response = await client.PostAsync(Url($"{Prefix}/{id}/publish"), null);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "invalid-definition");
        var issue = Assert.Single(problem.GetProperty("issues").EnumerateArray());
        Assert.Equal("ev", issue.GetProperty("activityId").GetString());
        Assert.Equal("missing-required-input", issue.GetProperty("rule").GetString());
        Assert.Equal("error", issue.GetProperty("severity").GetString());
        Assert.False(string.IsNullOrEmpty(issue.GetProperty("message").GetString()));
        var versions = await client.GetJsonAsync($"{Prefix}/{id}/versions");
        Assert.False(Assert.Single(versions.GetProperty("items").EnumerateArray()).GetProperty("isPublished").GetBoolean());
    }

    [Fact]
    public async Task Publish_UnknownDefinition_Returns404()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostAsync(Url($"{Prefix}/nothing-here/publish"), null);

        await ProblemAsync(response, HttpStatusCode.NotFound, "definition-not-found");
    }

    [Fact]
    public async Task Retract_Published_StopsExecution()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("retract");
        await client.ImportAsync(TestWorkflows.WriteLine(id));

        using var response = await client.PostAsync(Url($"{Prefix}/{id}/retract"), null);

        Assert.False((await OkJsonAsync(response)).GetProperty("isPublished").GetBoolean());
        using var execute = await client.PostAsync(Url($"{Prefix}/{id}/execute"), null);
        await ProblemAsync(execute, HttpStatusCode.NotFound, "definition-not-found");
    }

    [Fact]
    public async Task Retract_NotPublished_Returns409()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("retract-draft");
        (await client.PostAsync(Url(Prefix), Json(TestWorkflows.WriteLine(id, published: false)))).Dispose();

        using var response = await client.PostAsync(Url($"{Prefix}/{id}/retract"), null);

        await ProblemAsync(response, HttpStatusCode.Conflict, "definition-not-published");
    }

    [Fact]
    public async Task Revert_OldVersion_BecomesNewDraftWithItsContent()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("revert");
        await client.ImportAsync(TestWorkflows.WriteLine(id, "one"));
        await client.ImportAsync(TestWorkflows.WriteLine(id, "two"));

        using var response = await client.PostAsync(Url($"{Prefix}/{id}/versions/1/revert"), null);

        var summary = await OkJsonAsync(response);
        Assert.Equal(3, summary.GetProperty("version").GetInt32());
        Assert.False(summary.GetProperty("isPublished").GetBoolean());
        Assert.Contains("one", (await client.GetJsonAsync($"{Prefix}/{id}?version=3")).GetProperty("root").GetRawText(), StringComparison.Ordinal);
        Assert.Equal(3, (await client.GetJsonAsync($"{Prefix}/{id}/versions")).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task DeleteVersion_OldVersion_LeavesTheOthers()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("delver");
        await client.ImportAsync(TestWorkflows.WriteLine(id, "one"));
        await client.ImportAsync(TestWorkflows.WriteLine(id, "two"));

        using var response = await client.DeleteAsync(Url($"{Prefix}/{id}/versions/1"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var versions = (await client.GetJsonAsync($"{Prefix}/{id}/versions")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, Assert.Single(versions).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task DeleteVersion_UnknownVersion_Returns404()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("delver404");
        await client.ImportAsync(TestWorkflows.WriteLine(id));

        using var response = await client.DeleteAsync(Url($"{Prefix}/{id}/versions/7"));

        await ProblemAsync(response, HttpStatusCode.NotFound, "definition-version-not-found");
    }

    [Fact]
    public async Task Versions_UnknownDefinition_Returns404()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.GetAsync(Url($"{Prefix}/unknown/versions"));

        await ProblemAsync(response, HttpStatusCode.NotFound, "definition-not-found");
    }

    [Fact]
    public async Task Export_Published_IsElsaJsonFileWithSchema()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("export");
        await client.ImportAsync(TestWorkflows.WriteLine(id));

        using var response = await client.GetAsync(Url($"{Prefix}/{id}/export"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{id}.json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(document.RootElement.GetProperty("$schema").GetString()));
        Assert.Equal(id, document.RootElement.GetProperty("definitionId").GetString());
    }
}
