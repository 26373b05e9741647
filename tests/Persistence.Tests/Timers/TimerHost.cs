using IncidentWorkflows.Persistence.Definitions;
using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace IncidentWorkflows.Persistence.Tests.Timers;

/// <summary>
/// A real generic host over a test database with durable timers, as the application host composes them. Several
/// may open one database in turn: disposing one and starting another is a restart.
/// </summary>
public sealed class TimerHost : IAsyncDisposable
{
    private readonly IHost _host;

    private TimerHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;
    public WorkflowRuntime Runtime => Services.GetRequiredService<WorkflowRuntime>();
    public WorkflowDefinitionService Definitions => Services.GetRequiredService<WorkflowDefinitionService>();
    public TimerReadiness Readiness => Services.GetRequiredService<TimerReadiness>();

    /// <summary>Builds the host and migrates; starts it unless <paramref name="start"/> is false.</summary>
    public static Task<TimerHost> CreateAsync(TestDatabase database, bool start = true, TimeProvider? time = null, Action<IServiceCollection>? configure = null) =>
        CreateAsync(database.Settings, database.Folder, migrate: true, start, time, configure);

    /// <summary>A host on any database; <paramref name="migrate"/> false leaves migrating to the test.</summary>
    public static async Task<TimerHost> CreateAsync(IReadOnlyDictionary<string, string?> settings, string folder, bool migrate, bool start = true, TimeProvider? time = null, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        // INCIDENTWORKFLOWS_TEST_LOG=Debug (or Information, ...) shows the hosts' logs (Quartz's included) when a timer test needs explaining.
        builder.Services.AddLogging(logging =>
        {
            if (Environment.GetEnvironmentVariable("INCIDENTWORKFLOWS_TEST_LOG") is { } level)
                logging.AddSimpleConsole(o => o.TimestampFormat = "HH:mm:ss.fff ").SetMinimumLevel(Enum.Parse<LogLevel>(level));
        });
        if (time is not null)
            builder.Services.AddSingleton(time);
        builder.Services.AddWorkflowPersistence(builder.Configuration, folder);
        builder.Services.AddDurableTimers();
        configure?.Invoke(builder.Services);
        var host = new TimerHost(builder.Build());
        if (migrate)
            await host.MigrateAsync();
        if (start)
            await host.StartAsync();
        return host;
    }

    public Task MigrateAsync() => Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);

    public Task StartAsync() => _host.StartAsync();

    public Task<IScheduler> SchedulerAsync() => Services.GetRequiredService<ISchedulerFactory>().GetScheduler().AsTask();

    public WorkflowDbContext Db() => Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContext();

    public async Task<int> JournalCountAsync(string instanceId, string activityId, string eventName)
    {
        await using var db = Db();
        return await db.Journal.CountAsync(j => j.InstanceId == instanceId && j.ActivityId == activityId && j.EventName == eventName);
    }

    /// <summary>Whether the instance has moved past its Delay and waits at the Event (its bookmark row).</summary>
    public async Task<bool> WaitsAtEventAsync(string instanceId)
    {
        await using var db = Db();
        return await db.Bookmarks.AnyAsync(b => b.InstanceId == instanceId && b.Name == "Elsa.Event");
    }

    /// <summary>Quartz's tables in the application database (lower-cased names).</summary>
    public async Task<List<string>> QuartzTablesAsync()
    {
        await using var db = Db();
        var sql = db.Database.IsNpgsql()
            ? "SELECT lower(table_name) AS \"Value\" FROM information_schema.tables WHERE lower(table_name) LIKE 'qrtz%'"
            : "SELECT lower(name) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND lower(name) LIKE 'qrtz%'";
        return await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
    }

    /// <summary>Triggers Quartz holds in a group (total, whatever their state).</summary>
    public async Task<int> TriggerCountAsync(string group)
    {
        var scheduler = await SchedulerAsync();
        var page = await scheduler.QueryTriggers(new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(group), Take = 0, IncludeTotalCount = true });
        return page.TotalCount ?? 0;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
