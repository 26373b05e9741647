using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IncidentWorkflows.Host.Tests.Security;
using IncidentWorkflows.Host.Tests.Support;
using Microsoft.Data.Sqlite;

namespace IncidentWorkflows.Host.Tests.Crash;

/// <summary>
/// Containment calls leave through the outbox: a workflow requests three actions while the connector endpoint is down,
/// the host is killed with SIGKILL while the calls wait for their retry, the endpoint comes up, the host starts again on
/// the same database. The endpoint then receives each action exactly once, signed, and each result is recorded; a
/// further restart sends nothing again.
/// </summary>
public sealed class ContainmentCrashTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "iw-containment-crash", Guid.NewGuid().ToString("N"));

    private CrashDatabase Db => new(_folder);
    private readonly int _connectorPort = FakeConnectorEndpoint.FreePort();

    private string Workflows => Path.Combine(_folder, "workflows");

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(Workflows);
        File.WriteAllText(Path.Combine(Workflows, "contain.json"), ContainFlow);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; never fail a test over its temp folder.
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task Containment_HostKilledBeforeDelivery_EachActionReachesConnectorOnceSigned()
    {
        await using (var host = NewHost())
        {
            await host.StartAsync(TimeSpan.FromMinutes(2));
            using var client = await host.LoginAsAdminAsync();
            using var started = await client.PostAsJsonAsync(new Uri("/api/workflow-definitions/contain/execute", UriKind.Relative), new { input = new { ticket = "INC-000042" } });
            started.EnsureSuccessStatusCode();
            // Every call was tried once against the closed port and now waits for its retry.
            await Eventually.UntilAsync(() => Db.Count("SELECT COUNT(*) FROM outbox WHERE Kind = 'security.containment' AND Attempts >= 1 AND SentAt IS NULL") == 3, "the database reached the expected state", TimeSpan.FromMinutes(1));
            await host.KillAsync();
        }

        Assert.Equal(3, Db.Count("SELECT COUNT(*) FROM security_containment_actions WHERE Status = 'Requested'"));
        await using var endpoint = new FakeConnectorEndpoint(_connectorPort);
        await using (var host = NewHost())
        {
            await host.StartAsync(TimeSpan.FromMinutes(2));
            await Eventually.UntilAsync(() => Db.Count("SELECT COUNT(*) FROM security_containment_actions WHERE Status = 'Succeeded'") == 3, "the database reached the expected state", TimeSpan.FromMinutes(2));
            await Eventually.UntilAsync(() => Db.Count("SELECT COUNT(*) FROM outbox WHERE Kind = 'security.containment' AND SentAt IS NOT NULL") == 3, "the database reached the expected state", TimeSpan.FromMinutes(1));
            await host.KillAsync();
        }

        await using (var host = NewHost())
        {
            await host.StartAsync(TimeSpan.FromMinutes(2));
            await host.KillAsync();
        }

        var calls = endpoint.Calls;
        Assert.Equal(3, calls.Count);
        Assert.All(calls, c => Assert.True(c.SignatureValid));
        Assert.Equal(3, calls.Select(c => c.IdempotencyKey).Distinct().Count());
        Assert.Equal(["block-ip:198.51.100.9", "block-ip:203.0.113.7", "lock-account:jdoe"], calls.Select(c => $"{c.Action}:{c.Target}").Order());
        Assert.Equal(2, Db.Count("SELECT COUNT(*) FROM security_containment_actions WHERE Action = 'block-ip' AND LockdownOpen = 1"));
    }

    private ChildProcessHost NewHost() => new(_folder, Workflows)
    {
        Environment =
        {
            ["Security__Connectors__Webhook__Url"] = $"http://127.0.0.1:{_connectorPort}/containment",
            ["Security__Connectors__Webhook__Secret"] = FakeConnectorEndpoint.Secret,
        },
    };

    private const string ContainFlow = """
        { "id": "contain-v1", "definitionId": "contain", "name": "Contain", "version": 1, "isPublished": true,
          "inputs": [ { "name": "ticket", "type": "String" } ],
          "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": [
            { "id": "start", "type": "Elsa.Start" },
            { "id": "lock", "type": "Incidents.LockAccount", "ticket": { "typeName": "String", "expression": { "type": "Input", "value": "ticket" } },
              "target": { "typeName": "String", "expression": { "type": "Literal", "value": "jdoe" } } },
            { "id": "block", "type": "Incidents.BlockIp", "ticket": { "typeName": "String", "expression": { "type": "Input", "value": "ticket" } },
              "target": { "typeName": "String", "expression": { "type": "Literal", "value": "203.0.113.7, 198.51.100.9" } } } ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "lock", "port": "In" } },
              { "source": { "activity": "lock", "port": "Requested" }, "target": { "activity": "block", "port": "In" } } ] } }
        """;
}
