using System.Net;
using System.Net.Http.Json;
using IncidentWorkflows.Host.Tests.Support;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Instances;

public sealed class BookmarkResumeTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    [Fact]
    public async Task Resume_OpenBookmark_Returns200Finished()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("resume");
        await client.ImportAsync(TestWorkflows.WaitForEvent(id));
        var bookmarkId = (await client.ExecuteAsync(id)).GetProperty("bookmarks")[0].GetProperty("id").GetString();

        using var response = await client.PostAsJsonAsync(Url($"/api/bookmarks/{bookmarkId}/resume"), new { input = new { approved = true } });

        var instance = await OkJsonAsync(response);
        Assert.Equal("Finished", instance.GetProperty("subStatus").GetString());
        Assert.Equal(0, instance.GetProperty("bookmarks").GetArrayLength());
    }

    [Fact]
    public async Task Resume_WithoutBody_Returns200()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("resume-nobody");
        await client.ImportAsync(TestWorkflows.WaitForEvent(id));
        var bookmarkId = (await client.ExecuteAsync(id)).GetProperty("bookmarks")[0].GetProperty("id").GetString();

        using var response = await client.PostAsync(Url($"/api/bookmarks/{bookmarkId}/resume"), null);

        Assert.Equal("Finished", (await OkJsonAsync(response)).GetProperty("subStatus").GetString());
    }

    [Fact]
    public async Task Resume_UnknownBookmark_Returns404()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostAsync(Url("/api/bookmarks/no-such-bookmark/resume"), null);

        await ProblemAsync(response, HttpStatusCode.NotFound, "bookmark-not-found");
    }

    [Fact]
    public async Task Resume_MalformedBody_Returns400()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostAsync(Url("/api/bookmarks/whatever/resume"), Json("{ input: nope }"));

        await ProblemAsync(response, HttpStatusCode.BadRequest, "invalid-json");
    }

    [Fact]
    public async Task Resume_SixteenConcurrentCallers_ExactlyOneWinsAndTheActivityRunsOnce()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("race");
        await client.ImportAsync(TestWorkflows.WaitForEvent(id));
        var started = await client.ExecuteAsync(id);
        var instanceId = started.GetProperty("id").GetString();
        var bookmarkId = started.GetProperty("bookmarks")[0].GetProperty("id").GetString();

        using var gate = new SemaphoreSlim(0);
        var callers = Enumerable.Range(0, 16).Select(async _ =>
        {
            await gate.WaitAsync();
            using var response = await client.PostAsync(Url($"/api/bookmarks/{bookmarkId}/resume"), null);
            if (response.StatusCode != HttpStatusCode.OK)
                await ProblemAsync(response, response.StatusCode);
            return response.StatusCode;
        }).ToList();
        gate.Release(callers.Count);
        var statuses = await Task.WhenAll(callers);

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.All(statuses.Where(s => s != HttpStatusCode.OK), s => Assert.Contains(s, new[] { HttpStatusCode.Conflict, HttpStatusCode.NotFound }));
        var journal = await client.GetJsonAsync($"/api/workflow-instances/{instanceId}/journal");
        Assert.Equal(1, journal.GetProperty("items").EnumerateArray().Count(e => e.GetProperty("activityId").GetString() == "w2"));
    }
}
