using IncidentWorkflows.Persistence.Definitions;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace IncidentWorkflows.Persistence.Tests;

/// <summary>
/// A fresh database per test: a new SQLite file, or (when INCIDENTWORKFLOWS_TEST_POSTGRES is set by the test
/// script) a new PostgreSQL database on the private test server.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _folder;

    private TestDatabase(ServiceProvider services, string folder, IReadOnlyDictionary<string, string?> settings)
    {
        _services = services;
        _folder = folder;
        Settings = settings;
    }

    public WorkflowRuntime Runtime => _services.GetRequiredService<WorkflowRuntime>();
    public WorkflowDefinitionService Definitions => _services.GetRequiredService<WorkflowDefinitionService>();
    public IServiceProvider Services => _services;

    /// <summary>The configuration that reaches this database, for a second host (a "restart") on the same data.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>The content root (the SQLite file lives under it).</summary>
    public string Folder => _folder;

    public static async Task<TestDatabase> CreateAsync(string provider = "Sqlite", TimeProvider? time = null, Action<IServiceCollection>? configure = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "iw-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var settings = new Dictionary<string, string?> { ["Persistence:Provider"] = provider };
        if (provider == "Postgres")
            settings["Persistence:ConnectionString"] = await PostgresTestServer.CreateDatabaseAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        if (time is not null)
            services.AddSingleton(time);
        configure?.Invoke(services);
        services.AddWorkflowPersistence(configuration, folder);
        var provider_ = services.BuildServiceProvider();
        await provider_.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        return new TestDatabase(provider_, folder, settings);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a pooled connection; the temp folder is cleaned by the OS later.
        }
    }
}
