using System.Net;
using System.Net.Http.Json;
using IncidentWorkflows.Host.Tests.Support;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Instances;

public sealed class EventTriggerTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    [Fact]
    public async Task Trigger_StartEventThenNextEvent_StartsInstancesThenResumesOnlyTheCorrelatedOne()
    {
        using var client = await factory.CreateAdminClientAsync();
        var eventName = TestWorkflows.NewId("ev");
        var nextEvent = eventName + "-next";
        await client.ImportAsync(TestWorkflows.EventTriggerThenWait(TestWorkflows.NewId("evflow"), eventName, nextEvent));
        var (mine, other) = (Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"));

        var startMine = await TriggerAsync(client, eventName, new { correlationId = mine });
        var startOther = await TriggerAsync(client, eventName, new { correlationId = other });
        var resumeMine = await TriggerAsync(client, nextEvent, new { correlationId = mine, input = new { note = "second" } });

        var started = Assert.Single(startMine.GetProperty("started").EnumerateArray());
        Assert.Equal(mine, started.GetProperty("correlationId").GetString());
        Assert.Equal("Suspended", started.GetProperty("subStatus").GetString());
        Assert.Equal(0, startMine.GetProperty("resumed").GetArrayLength());
        Assert.Single(startOther.GetProperty("started").EnumerateArray());
        var resumed = Assert.Single(resumeMine.GetProperty("resumed").EnumerateArray());
        Assert.Equal(started.GetProperty("id").GetString(), resumed.GetProperty("id").GetString());
        Assert.Equal("Finished", resumed.GetProperty("subStatus").GetString());
        var stillWaiting = await client.GetJsonAsync($"/api/workflow-instances?correlationId={other}");
        Assert.Equal("Suspended", Assert.Single(stillWaiting.GetProperty("items").EnumerateArray()).GetProperty("subStatus").GetString());
    }

    [Fact]
    public async Task Trigger_EventNobodyWaitsFor_ReturnsEmptyLists()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostAsync(Url("/api/events/nobody-listens/trigger"), null);

        var result = await OkJsonAsync(response);
        Assert.Equal(0, result.GetProperty("started").GetArrayLength());
        Assert.Equal(0, result.GetProperty("resumed").GetArrayLength());
    }

    [Fact]
    public async Task Trigger_MalformedBody_Returns400()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostAsync(Url("/api/events/x/trigger"), Json("{\"correlationId\": 12"));

        await ProblemAsync(response, HttpStatusCode.BadRequest, "invalid-json");
    }

    private static async Task<System.Text.Json.JsonElement> TriggerAsync(HttpClient client, string eventName, object body)
    {
        using var response = await client.PostAsJsonAsync(Url($"/api/events/{eventName}/trigger"), body);
        return await OkJsonAsync(response);
    }
}
