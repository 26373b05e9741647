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

    private string Database => Path.Combine(_folder, "crash.db");

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
            using var client = await LoginAsync(host);
            for (var i = 0; i < Instances; i++)
            {
                using var response = await client.PostAsJsonAsync(new Uri("/api/workflow-definitions/crash-flow/execute", UriKind.Relative), new { correlationId = $"crash-{i}" });
                response.EnsureSuccessStatusCode();
                started.Add((await response.Content.ReadFromJsonAsync<Instance>())!.Id);
            }

            // Kill at the moment both kinds of waiting instance exist: some past the Delay, some still in it.
            await Eventually(() => Count("SELECT COUNT(*) FROM bookmarks WHERE Name = 'Elsa.Event'") > 0, TimeSpan.FromMinutes(2));
            await host.KillAsync();
        }

        var delaysLeft = Count("SELECT COUNT(*) FROM bookmarks WHERE Name = 'Elsa.Delay'");
        Assert.True(delaysLeft > 0, "the kill should catch some instances still in their Delay");

        await using (var host = new ChildProcessHost(_folder, Path.Combine(_folder, "workflows")))
        {
            await host.StartAsync(TimeSpan.FromMinutes(2));
            await host.WaitUntilAsync("/health/ready", TimeSpan.FromMinutes(2));
            await Eventually(() => Count("SELECT COUNT(*) FROM bookmarks WHERE Name = 'Elsa.Event'") == Instances, TimeSpan.FromMinutes(2));

            using var client = await LoginAsync(host);
            using var release = await client.PostAsJsonAsync(new Uri("/api/events/release/trigger", UriKind.Relative), new { });
            release.EnsureSuccessStatusCode();
        }

        Assert.Equal(Instances, Count("SELECT COUNT(*) FROM workflow_instances WHERE DefinitionId = 'crash-flow' AND SubStatus = 'Finished'"));
        Assert.Equal(started.Order(), Ids("SELECT Id FROM workflow_instances WHERE DefinitionId = 'crash-flow'").Order());
        Assert.Equal(0, Count("SELECT COUNT(*) FROM bookmarks"));
        foreach (var activity in new[] { "delay", "wait", "done" })
        {
            Assert.Equal(Instances, Count($"SELECT COUNT(DISTINCT InstanceId) FROM journal WHERE ActivityId = '{activity}' AND EventName = 'Completed'"));
            Assert.Equal(Instances, Count($"SELECT COUNT(*) FROM journal WHERE ActivityId = '{activity}' AND EventName = 'Completed'"));
        }
    }

    private static async Task<HttpClient> LoginAsync(ChildProcessHost host)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        using var login = await client.PostAsJsonAsync(new Uri("/api/auth/login", UriKind.Relative), new { email = KestrelHostFactory.AdminEmail, password = KestrelHostFactory.AdminPassword });
        login.EnsureSuccessStatusCode();
        var token = await login.Content.ReadFromJsonAsync<Token>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    private long Count(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private List<string> Ids(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
            ids.Add(reader.GetString(0));
        return ids;
    }

    /// <summary>Polls a condition until it holds; only the upper bound is a time, and it is generous.</summary>
    private static async Task Eventually(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The condition did not hold in time.");
            await Task.Delay(20);
        }
    }

    private sealed record Instance(string Id);

    private sealed record Token(string AccessToken);

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
