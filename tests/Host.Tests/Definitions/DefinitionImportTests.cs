using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IncidentWorkflows.Host.Tests.Support;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Definitions;

public sealed class DefinitionImportTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    private const string Prefix = "/api/workflow-definitions";

    [Fact]
    public async Task Import_ArrayOfDocuments_ImportsAndPublishesEach()
    {
        using var client = await factory.CreateAdminClientAsync();
        var (a, b) = (TestWorkflows.NewId("imp-a"), TestWorkflows.NewId("imp-b"));

        using var response = await client.PostAsync(Url($"{Prefix}/import"), Json($"[{TestWorkflows.WriteLine(a)}, {TestWorkflows.WaitForEvent(b)}]"));

        var result = await OkJsonAsync(response);
        Assert.Equal(2, result.GetProperty("count").GetInt32());
        Assert.All(result.GetProperty("items").EnumerateArray(), item => Assert.Equal("Created", item.GetProperty("outcome").GetString()));
        Assert.Equal("Finished", (await client.ExecuteAsync(a)).GetProperty("status").GetString());
        Assert.Equal("Running", (await client.ExecuteAsync(b)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Import_SameDocumentTwice_SecondIsUnchanged()
    {
        using var client = await factory.CreateAdminClientAsync();
        var json = TestWorkflows.WriteLine(TestWorkflows.NewId("imp-same"));
        await client.ImportAsync(json);

        using var response = await client.PostAsync(Url($"{Prefix}/import"), Json(json));

        var item = Assert.Single((await OkJsonAsync(response)).GetProperty("items").EnumerateArray());
        Assert.Equal("Unchanged", item.GetProperty("outcome").GetString());
        Assert.Equal(1, item.GetProperty("definition").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Import_MultipartFiles_ImportsEveryFile()
    {
        using var client = await factory.CreateAdminClientAsync();
        var (a, b) = (TestWorkflows.NewId("file-a"), TestWorkflows.NewId("file-b"));
        using var form = new MultipartFormDataContent();
        form.Add(File(TestWorkflows.WriteLine(a)), "files", "a.json");
        form.Add(File(TestWorkflows.WriteLine(b)), "files", "b.json");

        using var response = await client.PostAsync(Url($"{Prefix}/import"), form);

        var items = (await OkJsonAsync(response)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("import:a.json", items[0].GetProperty("definition").GetProperty("source").GetString());
    }

    [Fact]
    public async Task Import_BatchWithInvalidDocument_Returns400AndImportsNothing()
    {
        using var client = await factory.CreateAdminClientAsync();
        var (good, bad) = (TestWorkflows.NewId("batch-good"), TestWorkflows.NewId("batch-bad"));

        using var response = await client.PostAsync(Url($"{Prefix}/import"), Json($"[{TestWorkflows.WriteLine(good)}, {TestWorkflows.MissingEventName(bad, published: true)}]"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "invalid-definition");
        Assert.Contains("Document 2 of 2", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("ev", Assert.Single(problem.GetProperty("issues").EnumerateArray()).GetProperty("activityId").GetString());
        using var get = await client.GetAsync(Url($"{Prefix}/{good}"));
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task Import_MalformedJson_Returns400InvalidJson()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostAsync(Url($"{Prefix}/import"), Json("[ { \"definitionId\": "));

        await ProblemAsync(response, HttpStatusCode.BadRequest, "invalid-json");
    }

    [Fact]
    public async Task Validate_InvalidDefinition_ReportsIssueWithActivityAndRule()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostAsync(Url($"{Prefix}/validate"), Json(TestWorkflows.MissingEventName("validate-me")));

        var report = await OkJsonAsync(response);
        Assert.False(report.GetProperty("isValid").GetBoolean());
        var issue = Assert.Single(report.GetProperty("issues").EnumerateArray());
        Assert.Equal("missing-required-input", issue.GetProperty("rule").GetString());
        Assert.Equal("ev", issue.GetProperty("activityId").GetString());
    }

    [Fact]
    public async Task Validate_ValidDefinition_IsValidAndStoresNothing()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("valid");

        using var response = await client.PostAsync(Url($"{Prefix}/validate"), Json(TestWorkflows.WriteLine(id)));

        Assert.True((await OkJsonAsync(response)).GetProperty("isValid").GetBoolean());
        using var get = await client.GetAsync(Url($"{Prefix}/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    private static ByteArrayContent File(string json)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
