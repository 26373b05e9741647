using IncidentWorkflows.Engine.Descriptors;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Definitions;
using IncidentWorkflows.Persistence.Outbox;
using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Tickets;
using IncidentWorkflows.Persistence.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace IncidentWorkflows.Activities.Tests.Support;

/// <summary>
/// The durable runtime with the incident activities, durable (Quartz) timers and the ticket store over a fresh SQLite
/// file, on a <see cref="FakeTimeProvider"/>: what the application host composes, without a web server. A test moves
/// time with <see cref="Time"/> and delivers outbox messages with <see cref="DispatchOutboxAsync"/>.
/// </summary>
public sealed class ActivityHost : IAsyncDisposable
{
    /// <summary>A Monday, 09:00 UTC: inside business hours of the default calendar.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly IHost _host;

    private ActivityHost(IHost host, FakeTimeProvider time, string folder)
    {
        _host = host;
        Time = time;
        Folder = folder;
    }

    public FakeTimeProvider Time { get; }
    public string Folder { get; }
    public IServiceProvider Services => _host.Services;
    public WorkflowRuntime Runtime => Services.GetRequiredService<WorkflowRuntime>();
    public WorkflowDefinitionService Definitions => Services.GetRequiredService<WorkflowDefinitionService>();
    public TicketService Tickets => Services.GetRequiredService<TicketService>();
    public TicketQueries TicketQueries => Services.GetRequiredService<TicketQueries>();

    /// <summary>
    /// Builds, migrates and starts a host. <paramref name="configure"/> adds or replaces services (e.g. outbox
    /// handlers the test wants to see). Pass an existing <paramref name="folder"/> and clock to restart on the same data.
    /// </summary>
    public static async Task<ActivityHost> StartAsync(Action<IServiceCollection>? configure = null, string? folder = null, FakeTimeProvider? time = null)
    {
        folder ??= Directory.CreateTempSubdirectory("iw-activity-tests-").FullName;
        time ??= new FakeTimeProvider(DefaultStart);
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Persistence:Provider"] = "Sqlite" });
        builder.Services.AddLogging(logging =>
        {
            // INCIDENTWORKFLOWS_TEST_LOG=Debug shows the host's logs when a scenario needs explaining.
            if (Environment.GetEnvironmentVariable("INCIDENTWORKFLOWS_TEST_LOG") is { } level)
                logging.AddSimpleConsole().SetMinimumLevel(Enum.Parse<LogLevel>(level));
        });
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton(ActivityRegistry.CreateDefault().AddIncidentActivities());
        builder.Services.AddIncidentWorkflows();
        configure?.Invoke(builder.Services);
        builder.Services.AddWorkflowPersistence(builder.Configuration, folder);
        builder.Services.AddDurableTimers();
        var host = new ActivityHost(builder.Build(), time, folder);
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        await host._host.StartAsync();
        return host;
    }

    public WorkflowDbContext Db() => Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContext();

    /// <summary>Delivers every outbox message due now through the registered handlers; returns how many were handled.</summary>
    public Task<int> DispatchOutboxAsync() => Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

    /// <summary>Imports and publishes a workflow file (a path relative to the test output, or an absolute one).</summary>
    public async Task ImportAsync(string path)
    {
        var json = await File.ReadAllTextAsync(Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path));
        await Definitions.ImportAsync(json, "test", CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
