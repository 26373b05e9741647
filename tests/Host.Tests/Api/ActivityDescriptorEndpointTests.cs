using System.Net;
using System.Text.Json;
using IncidentWorkflows.Host.Tests.Support;

namespace IncidentWorkflows.Host.Tests.Api;

public sealed class ActivityDescriptorEndpointTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    [Fact]
    public async Task ListActivityDescriptors_Default_ContainsWriteLineWithTextInput()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.GetAsync(new Uri("/api/activity-descriptors", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = document.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(items.Count, document.RootElement.GetProperty("count").GetInt32());
        var writeLine = Assert.Single(items, d => d.GetProperty("typeName").GetString() == "Elsa.WriteLine");
        var text = Assert.Single(writeLine.GetProperty("inputs").EnumerateArray(), i => i.GetProperty("name").GetString() == "text");
        Assert.Equal("String", text.GetProperty("type").GetString());
        Assert.Equal("Action", writeLine.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task ListActivityDescriptors_Default_IncludesEventTriggerWithRequiredEventName()
    {
        using var client = await factory.CreateAdminClientAsync();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/activity-descriptors", UriKind.Relative)));

        var ev = Assert.Single(document.RootElement.GetProperty("items").EnumerateArray(), d => d.GetProperty("typeName").GetString() == "Elsa.Event");
        Assert.Equal("Trigger", ev.GetProperty("kind").GetString());
        var eventName = Assert.Single(ev.GetProperty("inputs").EnumerateArray(), i => i.GetProperty("name").GetString() == "eventName");
        Assert.True(eventName.GetProperty("isRequired").GetBoolean());
    }
}
