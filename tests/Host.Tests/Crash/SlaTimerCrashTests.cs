using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IncidentWorkflows.Host.Tests.Support;
using Microsoft.Data.Sqlite;

namespace IncidentWorkflows.Host.Tests.Crash;

/// <summary>
/// An SLA timer armed by the shipped incident lifecycle (its Incidents.WatchSla) survives SIGKILL: the host is killed while the warning timer waits, started
/// again on the same database, and the warning is recorded exactly once, by exactly one firing. Real time here (a child
/// process), so the S2 policy is shortened to a 40-second response target: the warning falls 30 s after the report.
/// </summary>
public sealed class SlaTimerCrashTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "iw-sla-crash", Guid.NewGuid().ToString("N"));

    private CrashDatabase Db => new(_folder);

    private string Workflows => Path.Combine(_folder, "workflows");

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(Workflows);
        File.Copy(Path.Combine(RepositoryPaths.Workflows, "incident-lifecycle.json"), Path.Combine(Workflows, "incident-lifecycle.json"));
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
    public async Task WatchSla_HostKilledWhileWarningTimerWaits_WarningRecordedOnceAfterRestart()
    {
        string number;
        await using (var host = new ChildProcessHost(_folder, Workflows))
        {
            await host.StartAsync(TimeSpan.FromMinutes(2));
            using var client = await host.LoginAsAdminAsync();
            await ShortenS2ResponseAsync(client);
            number = await ReportS2Async(client);
            // The report starts the lifecycle through the outbox; its SLA watch arms the warning timer.
            await Eventually.UntilAsync(() => Db.Count("SELECT COUNT(*) FROM bookmarks WHERE Name = 'Incidents.SlaTimer'") == 1, "the database reached the expected state", TimeSpan.FromMinutes(1));
            await host.KillAsync();
        }

        Assert.Equal(0, Db.Count("SELECT COUNT(*) FROM ticket_timeline WHERE Subject = 'sla-warning'"));

        await using (var host = new ChildProcessHost(_folder, Workflows))
        {
            await host.StartAsync(TimeSpan.FromMinutes(2));
            await Eventually.UntilAsync(() => Db.Count("SELECT COUNT(*) FROM ticket_timeline WHERE Subject = 'sla-warning'") > 0, "the database reached the expected state", TimeSpan.FromMinutes(2));
            // Re-armed at the breach, 10 s later: the warning's own firing is over and cannot come again.
            await Eventually.UntilAsync(() => Db.Count("SELECT COUNT(*) FROM bookmarks WHERE Name = 'Incidents.SlaTimer'") == 1, "the database reached the expected state", TimeSpan.FromMinutes(2));
            await host.KillAsync();
        }

        Assert.Equal(1, Db.Count("SELECT COUNT(*) FROM ticket_timeline WHERE Subject = 'sla-warning'"));
        Assert.Equal(1, Db.Count("SELECT COUNT(*) FROM ticket_timeline WHERE Subject = 'hierarchical-notice' AND Note LIKE 'SLA warning%'"));
        // One firing of the warning timer (the earliest due); the breach timer 10 s later may or may not have fired by the kill.
        Assert.Equal(1, Db.Count("""
            SELECT COUNT(*) FROM journal WHERE ActivityId = 'watch-sla' AND EventName = 'TimerFired'
              AND StartedAt = (SELECT MIN(StartedAt) FROM journal WHERE ActivityId = 'watch-sla' AND EventName = 'TimerFired')
            """));
    }

    private static async Task ShortenS2ResponseAsync(HttpClient client)
    {
        var document = (await client.GetFromJsonAsync<JsonObject>(new Uri("/api/sla-policies", UriKind.Relative)))!;
        var items = document["items"]!.AsArray();
        var s2 = items.Single(item => (string?)item!["id"] == "default-s2")!;
        s2["targets"]!["response"] = "00:00:40";
        using var put = await client.PutAsJsonAsync(new Uri("/api/sla-policies", UriKind.Relative), new JsonObject { ["items"] = items.DeepClone() });
        put.EnsureSuccessStatusCode();
    }

    private static async Task<string> ReportS2Async(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/tickets", UriKind.Relative), new
        {
            title = "Transfers time out", category = "Platform", requester = "rita@partner.example",
            impact = new { functionalImpact = "KeyFunctionalityImpaired", workaroundExists = false },
        });
        response.EnsureSuccessStatusCode();
        var ticket = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("S2", (string?)ticket["severity"]);
        return (string)ticket["number"]!;
    }
}
