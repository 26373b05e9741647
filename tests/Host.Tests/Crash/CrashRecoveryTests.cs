using System.Net.Http.Headers;
using System.Net.Http.Json;
using IncidentWorkflows.Host.Tests.Support;
using Microsoft.Data.Sqlite;

namespace IncidentWorkflows.Host.Tests.Crash;

/// <summary>
/// Kills the host with SIGKILL while 200 instances are spread between a Delay and an Event, restarts it on the
/// same database and checks that every instance completes exactly once, counted from the journal.
/// </summary>
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private const int Instances = 200;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "iw-crash", Guid.NewGuid().ToString("N"));

    private CrashDatabase Db => new(_folder);

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "workflows"));
        File.WriteAllText(Path.Combine(_folder, "workflows", "crash-flow.json"), CrashFlow);
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
    public async Task Host_KilledBetweenDelayAndEvent_EveryInstanceCompletesExactlyOnce()
    {
        var started = new List<string>();
        await using (var host = new ChildProcessHost(_folder, Path.Combine(_folder, "workflows")))
        {
            await host.StartAsync(TimeSpan.FromMinutes(2));
            using var client = await host.LoginAsAdminAsync();
            for (var i = 0; i < Instances; i++)
            {
                using var response = await client.PostAsJsonAsync(new Uri("/api/workflow-definitions/crash-flow/execute", UriKind.Relative), new { correlationId = $"crash-{i}" });
                response.EnsureSuccessStatusCode();
                started.Add((await response.Content.ReadFromJsonAsync<Instance>())!.Id);
            }

            // Kill at the moment both kinds of waiting instance exist: some past the Delay, some still in it.
            await Eventually.UntilAsync(() => Db.Count("SELECT COUNT(*) FROM bookmarks WHERE Name = 'Elsa.Event'") > 0, "the database reached the expected state", TimeSpan.FromMinutes(2));
            await host.KillAsync();
        }

        var delaysLeft = Db.Count("SELECT COUNT(*) FROM bookmarks WHERE Name = 'Elsa.Delay'");
        Assert.True(delaysLeft > 0, "the kill should catch some instances still in their Delay");

        await using (var host = new ChildProcessHost(_folder, Path.Combine(_folder, "workflows")))
        {
            await host.StartAsync(TimeSpan.FromMinutes(2));
            await host.WaitUntilAsync("/health/ready", TimeSpan.FromMinutes(2));
            await Eventually.UntilAsync(() => Db.Count("SELECT COUNT(*) FROM bookmarks WHERE Name = 'Elsa.Event'") == Instances, "the database reached the expected state", TimeSpan.FromMinutes(2));

            using var client = await host.LoginAsAdminAsync();
            using var release = await client.PostAsJsonAsync(new Uri("/api/events/release/trigger", UriKind.Relative), new { });
            release.EnsureSuccessStatusCode();
        }

        Assert.Equal(Instances, Db.Count("SELECT COUNT(*) FROM workflow_instances WHERE DefinitionId = 'crash-flow' AND SubStatus = 'Finished'"));
        Assert.Equal(started.Order(), Db.Ids("SELECT Id FROM workflow_instances WHERE DefinitionId = 'crash-flow'").Order());
        Assert.Equal(0, Db.Count("SELECT COUNT(*) FROM bookmarks"));
        foreach (var activity in new[] { "delay", "wait", "done" })
        {
            Assert.Equal(Instances, Db.Count($"SELECT COUNT(DISTINCT InstanceId) FROM journal WHERE ActivityId = '{activity}' AND EventName = 'Completed'"));
            Assert.Equal(Instances, Db.Count($"SELECT COUNT(*) FROM journal WHERE ActivityId = '{activity}' AND EventName = 'Completed'"));
        }
    }

    private sealed record Instance(string Id);

    private const string CrashFlow = """
        { "id": "crash-flow-v1", "definitionId": "crash-flow", "name": "Crash flow", "version": 1, "isPublished": true,
          "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": [
            { "id": "start", "type": "Elsa.Start" },
            { "id": "delay", "type": "Elsa.Delay", "timeSpan": { "typeName": "TimeSpan", "expression": { "type": "Literal", "value": "00:00:02" } } },
            { "id": "wait", "type": "Elsa.Event", "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "release" } } },
            { "id": "done", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "done" } } } ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "delay", "port": "In" } },
              { "source": { "activity": "delay", "port": "Done" }, "target": { "activity": "wait", "port": "In" } },
              { "source": { "activity": "wait", "port": "Done" }, "target": { "activity": "done", "port": "In" } } ] } }
        """;
}
