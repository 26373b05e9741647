using System.Net;
using IncidentWorkflows.Host.Tests.Support;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Instances;

public sealed class InstanceEndpointTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    private const string Prefix = "/api/workflow-instances";

    [Fact]
    public async Task List_Filters_ReturnMatchingItemsAndTotalCount()
    {
        using var client = await factory.CreateAdminClientAsync();
        var (waiting, finishing) = (TestWorkflows.NewId("list-wait"), TestWorkflows.NewId("list-done"));
        await client.ImportAsync($"[{TestWorkflows.WaitForEvent(waiting)}, {TestWorkflows.WriteLine(finishing)}]");
        var correlationId = Guid.NewGuid().ToString("N");
        for (var i = 0; i < 3; i++)
            await client.ExecuteAsync(waiting, new { correlationId = i == 0 ? correlationId : null });
        await client.ExecuteAsync(finishing);

        var byDefinition = await client.GetJsonAsync($"{Prefix}?definitionId={waiting}&pageSize=2");
        var byStatus = await client.GetJsonAsync($"{Prefix}?definitionId={finishing}&status=finished");
        var bySubStatus = await client.GetJsonAsync($"{Prefix}?definitionId={waiting}&subStatus=Suspended");
        var byCorrelation = await client.GetJsonAsync($"{Prefix}?correlationId={correlationId}");
        var none = await client.GetJsonAsync($"{Prefix}?definitionId={waiting}&status=Finished");

        Assert.Equal(3, byDefinition.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, byDefinition.GetProperty("items").GetArrayLength());
        Assert.Equal(0, byDefinition.GetProperty("page").GetInt32());
        Assert.Equal(2, byDefinition.GetProperty("pageSize").GetInt32());
        Assert.Equal(1, byStatus.GetProperty("totalCount").GetInt32());
        Assert.Equal(3, bySubStatus.GetProperty("totalCount").GetInt32());
        Assert.Equal(waiting, Assert.Single(byCorrelation.GetProperty("items").EnumerateArray()).GetProperty("definitionId").GetString());
        Assert.Equal(0, none.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task List_UnknownStatus_Returns400()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.GetAsync(Url($"{Prefix}?status=Sleeping"));

        await ProblemAsync(response, HttpStatusCode.BadRequest, "invalid-filter");
    }

    [Fact]
    public async Task List_NonNumericPage_Returns400()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.GetAsync(Url($"{Prefix}?page=first"));

        await ProblemAsync(response, HttpStatusCode.BadRequest, "bad-request");
    }

    [Fact]
    public async Task Get_SuspendedInstance_ReturnsSummaryAndBookmarks()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("get-inst");
        await client.ImportAsync(TestWorkflows.WaitForEvent(id));
        var started = await client.ExecuteAsync(id);

        var instance = await client.GetJsonAsync($"{Prefix}/{started.GetProperty("id").GetString()}");

        Assert.Equal(id, instance.GetProperty("definitionId").GetString());
        Assert.Equal("Suspended", instance.GetProperty("subStatus").GetString());
        Assert.Equal("ev", Assert.Single(instance.GetProperty("bookmarks").EnumerateArray()).GetProperty("activityId").GetString());
        Assert.Equal(0, instance.GetProperty("incidents").GetArrayLength());
        Assert.Equal(JsonValueKindObject, instance.GetProperty("output").ValueKind);
    }

    [Fact]
    public async Task Get_UnknownInstance_Returns404()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.GetAsync(Url($"{Prefix}/missing"));

        await ProblemAsync(response, HttpStatusCode.NotFound, "instance-not-found");
    }

    [Fact]
    public async Task Journal_Paged_ReturnsEntriesInOrderWithTotal()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("journal");
        await client.ImportAsync(TestWorkflows.WaitForEvent(id));
        var instanceId = (await client.ExecuteAsync(id)).GetProperty("id").GetString();

        var all = await client.GetJsonAsync($"{Prefix}/{instanceId}/journal");
        var second = await client.GetJsonAsync($"{Prefix}/{instanceId}/journal?page=1&pageSize=1");

        var total = all.GetProperty("totalCount").GetInt32();
        Assert.True(total >= 1);
        Assert.Equal(total, all.GetProperty("items").GetArrayLength());
        Assert.Equal(total, second.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, second.GetProperty("page").GetInt32());
        Assert.Contains(all.GetProperty("items").EnumerateArray(), e => e.GetProperty("activityId").GetString() == "w1");
        if (total > 1)
            Assert.Equal(all.GetProperty("items")[1].GetProperty("id").GetInt64(), Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Journal_UnknownInstance_Returns404()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.GetAsync(Url($"{Prefix}/missing/journal"));

        await ProblemAsync(response, HttpStatusCode.NotFound, "instance-not-found");
    }

    [Fact]
    public async Task Cancel_SuspendedInstance_CancelsAndSecondCancelIs409()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("cancel");
        await client.ImportAsync(TestWorkflows.WaitForEvent(id));
        var instanceId = (await client.ExecuteAsync(id)).GetProperty("id").GetString();

        using var response = await client.PostAsync(Url($"{Prefix}/{instanceId}/cancel"), null);
        using var again = await client.PostAsync(Url($"{Prefix}/{instanceId}/cancel"), null);

        var cancelled = await OkJsonAsync(response);
        Assert.Equal("Cancelled", cancelled.GetProperty("subStatus").GetString());
        Assert.Equal(0, cancelled.GetProperty("bookmarks").GetArrayLength());
        await ProblemAsync(again, HttpStatusCode.Conflict, "instance-finished");
    }

    [Fact]
    public async Task Cancel_UnknownInstance_Returns404()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostAsync(Url($"{Prefix}/missing/cancel"), null);

        await ProblemAsync(response, HttpStatusCode.NotFound, "instance-not-found");
    }

    [Fact]
    public async Task Retry_FaultedInstance_RunsTheFaultedActivityAgain()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("retry");
        await client.ImportAsync(TestWorkflows.Faulting(id));
        var faulted = await client.ExecuteAsync(id);
        Assert.Equal("Faulted", faulted.GetProperty("subStatus").GetString());
        var instanceId = faulted.GetProperty("id").GetString();

        using var response = await client.PostAsync(Url($"{Prefix}/{instanceId}/retry"), null);

        await OkJsonAsync(response);
        var journal = await client.GetJsonAsync($"{Prefix}/{instanceId}/journal");
        Assert.Equal(2, journal.GetProperty("items").EnumerateArray().Count(e => e.GetProperty("activityId").GetString() == "boom"));
        Assert.Equal(1, journal.GetProperty("items").EnumerateArray().Count(e => e.GetProperty("activityId").GetString() == "w1"));
    }

    [Fact]
    public async Task Retry_InstanceNotFaulted_Returns409()
    {
        using var client = await factory.CreateAdminClientAsync();
        var id = TestWorkflows.NewId("retry-ok");
        await client.ImportAsync(TestWorkflows.WriteLine(id));
        var instanceId = (await client.ExecuteAsync(id)).GetProperty("id").GetString();

        using var response = await client.PostAsync(Url($"{Prefix}/{instanceId}/retry"), null);

        await ProblemAsync(response, HttpStatusCode.Conflict, "instance-not-faulted");
    }

    private const System.Text.Json.JsonValueKind JsonValueKindObject = System.Text.Json.JsonValueKind.Object;
}
