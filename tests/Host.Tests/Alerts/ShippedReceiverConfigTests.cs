using System.Text.Json;
using IncidentWorkflows.Host.Tests.Support;
using static IncidentWorkflows.Host.Tests.Alerts.Fixtures;

namespace IncidentWorkflows.Host.Tests.Alerts;

/// <summary>The receiver configuration shipped under docs/ sends what the parsers read.</summary>
public sealed class ShippedReceiverConfigTests
{
    private static string Docs(string path) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", path));

    [Fact]
    public async Task DatadogTemplate_RenderedByDatadog_IsAccepted()
    {
        await using var host = await AlertHost.StartAsync();
        var datadog = await host.IntegrationAsync("Datadog");
        var fixture = JsonDocument.Parse(Read("datadog-triggered.json")).RootElement;
        // Datadog replaces each $VARIABLE inside the template's strings; the fixture holds what it would put there.
        var rendered = Docs("datadog/webhook-payload.json")
            .Replace("$ALERT_CYCLE_KEY", fixture.GetProperty("alert_cycle_key").GetString(), StringComparison.Ordinal)
            .Replace("$ALERT_TRANSITION", fixture.GetProperty("alert_transition").GetString(), StringComparison.Ordinal)
            .Replace("$ALERT_TITLE", fixture.GetProperty("alert_title").GetString(), StringComparison.Ordinal)
            .Replace("$TAGS", fixture.GetProperty("tags").GetString(), StringComparison.Ordinal);

        var receipt = await datadog.AcceptedAsync(rendered);

        Assert.Equal("Opened", Outcome(receipt, 0));
        Assert.Equal("6619470301834559931", Line(receipt, 0).GetProperty("key").GetString());
    }

    [Fact]
    public void ZabbixMediaType_SendsEveryFieldOfTheDocumentedJson()
    {
        var mediaType = Docs("zabbix/incidentworkflows-media-type.yaml");

        foreach (var field in JsonDocument.Parse(Read("zabbix-problem.json")).RootElement.EnumerateObject())
            Assert.Contains($"            {field.Name}: params.", mediaType, StringComparison.Ordinal);
        Assert.Contains("request.addHeader('Authorization: Bearer ' + params.key);", mediaType, StringComparison.Ordinal);
    }
}
