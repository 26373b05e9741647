using System.Text.Json;
using static IncidentWorkflows.Host.Tests.Alerts.Fixtures;

namespace IncidentWorkflows.Host.Tests.Alerts;

/// <summary>Grafana, PagerDuty Events v2, Zabbix, Datadog and the generic JSON, each through its whole cycle.</summary>
public sealed class SourceFormatTests
{
    [Fact]
    public async Task Post_GrafanaFiring_KeepsValuesAndLinksWithTheAlert()
    {
        await using var host = await AlertHost.StartAsync();
        var grafana = await host.IntegrationAsync("Grafana");

        var receipt = await grafana.AcceptedFixtureAsync("grafana-firing.json");

        Assert.Equal("Opened", Outcome(receipt, 0));
        var alert = await host.AlertAsync("0f3b7c2d9e8a1b45");
        var details = JsonDocument.Parse(alert.DetailsJson).RootElement;
        Assert.Equal("91.3", details.GetProperty("value.B").GetString());
        Assert.StartsWith("https://grafana.example.org/alerting/silence/", details.GetProperty("silenceURL").GetString(), StringComparison.Ordinal);
        Assert.Equal("Disk /var/lib/postgresql at 91% on db-02", (await host.TicketAsync(Ticket(receipt, 0))).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Post_PagerDutyTriggerAcknowledgeResolve_FollowsOneDedupKey()
    {
        await using var host = await AlertHost.StartAsync();
        var pagerDuty = await host.IntegrationAsync("PagerDuty");

        var trigger = await pagerDuty.AcceptedFixtureAsync("pagerduty-v2-trigger.json");
        var acknowledge = await pagerDuty.AcceptedFixtureAsync("pagerduty-v2-acknowledge.json");
        var resolve = await pagerDuty.AcceptedFixtureAsync("pagerduty-v2-resolve.json");

        Assert.Equal(["Opened", "Acknowledged", "Resolved"], [Outcome(trigger, 0), Outcome(acknowledge, 0), Outcome(resolve, 0)]);
        Assert.Equal("settlement-batch/late/2026-11-20", Line(trigger, 0).GetProperty("key").GetString());
        Assert.Equal(Ticket(trigger, 0), Ticket(resolve, 0));
        await host.InstanceOfAsync(Ticket(trigger, 0), "Finished");
    }

    [Fact]
    public async Task Post_ZabbixProblemThenRecovery_OpensAndResolvesByEventId()
    {
        await using var host = await AlertHost.StartAsync();
        var zabbix = await host.IntegrationAsync("Zabbix");

        var problem = await zabbix.AcceptedFixtureAsync("zabbix-problem.json");
        var recovery = await zabbix.AcceptedFixtureAsync("zabbix-recovery.json");

        Assert.Equal(["Opened", "Resolved"], [Outcome(problem, 0), Outcome(recovery, 0)]);
        var alert = await host.AlertAsync("884213");
        Assert.Equal("High", alert.Severity);
        Assert.Contains("\"component\":\"network\"", alert.LabelsJson, StringComparison.Ordinal);
        await host.InstanceOfAsync(Ticket(problem, 0), "Finished");
    }

    [Fact]
    public async Task Post_DatadogTriggeredThenRecovered_FollowsTheAlertCycleKey()
    {
        await using var host = await AlertHost.StartAsync();
        var datadog = await host.IntegrationAsync("Datadog");

        var triggered = await datadog.AcceptedFixtureAsync("datadog-triggered.json");
        var recovered = await datadog.AcceptedFixtureAsync("datadog-recovered.json");

        Assert.Equal(["Opened", "Resolved"], [Outcome(triggered, 0), Outcome(recovered, 0)]);
        Assert.Equal("6619470301834559931", Line(triggered, 0).GetProperty("key").GetString());
        Assert.Equal("[Triggered] Login latency p95 above 2s", (await host.TicketAsync(Ticket(triggered, 0))).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Post_GenericWithUnicodeAndLargeDescription_KeepsThemWithinLimits()
    {
        await using var host = await AlertHost.StartAsync();
        var generic = await host.IntegrationAsync("Generic");
        var description = new string('x', 30_000);

        var receipt = await generic.AcceptedAsync(JsonSerializer.Serialize(new
        {
            key = "überwachung/zürich-01",
            status = "firing",
            title = "Prüfung fehlgeschlagen ⚠",
            description,
            labels = new { service = "transfers-api", region = "zürich" },
        }));

        var ticket = await host.TicketAsync(Ticket(receipt, 0));
        Assert.Equal("Prüfung fehlgeschlagen ⚠", ticket.GetProperty("title").GetString());
        Assert.Equal(20_000, ticket.GetProperty("description").GetString()!.Length);
    }
}
