using IncidentWorkflows.Persistence.Runtime;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.Tests.Timers;

/// <summary>Quartz's tables (ProvisionSchema) and EF Core's migrations share one database in either order.</summary>
public sealed class TimerSchemaTests
{
    public static TheoryData<string> Providers() => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task MigrateAsync_AfterQuartzCreatedItsTablesInAnEmptyDatabase_MigratesAndTimersBecomeReady(string provider)
    {
        var folder = Path.Combine(Path.GetTempPath(), "iw-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var settings = new Dictionary<string, string?> { ["Persistence:Provider"] = provider };
        if (provider == "Postgres")
            settings["Persistence:ConnectionString"] = await PostgresTestServer.CreateDatabaseAsync();

        // The scheduler starts on an empty database and creates its tables; reconciliation fails (no bookmark table
        // yet) and retries, so readiness waits for the migrations.
        await using var host = await TimerHost.CreateAsync(settings, folder, migrate: false);
        Assert.Contains("qrtz_triggers", await host.QuartzTablesAsync());
        Assert.False(host.Readiness.IsReady);

        // EnsureCreated would see Quartz's tables and do nothing; migrations only look at their own history table.
        await host.MigrateAsync();
        await host.Readiness.WhenReady.WaitAsync(Eventually.DefaultTimeout);

        await host.Definitions.ImportAsync(Workflows.DelayThenEvent("flow", "00:00:01"), "test", default);
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest("flow"), default);
        await Eventually.UntilAsync(() => host.WaitsAtEventAsync(started.Id), "the Delay fired");
        await using var context = host.Db();
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }
}
