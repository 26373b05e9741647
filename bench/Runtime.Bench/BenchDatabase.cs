using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Definitions;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IncidentWorkflows.Runtime.Bench;

/// <summary>The durable runtime wired as the host wires it, over a fresh SQLite file in a temp folder (or a given PostgreSQL database).</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly bool _keep;

    private BenchDatabase(ServiceProvider services, string folder, bool sqlite, bool keep)
    {
        _keep = keep;
        _services = services;
        Folder = folder;
        IsSqlite = sqlite;
    }

    public string Folder { get; }
    public bool IsSqlite { get; }
    public WorkflowRuntime Runtime => _services.GetRequiredService<WorkflowRuntime>();

    /// <summary>Null when each burst commits alone (PostgreSQL, or group commit switched off).</summary>
    public GroupCommitter? GroupCommitter => _services.GetRequiredService<BurstCommitter>() as GroupCommitter;

    public static async Task<BenchDatabase> CreateAsync(BenchOptions options)
    {
        var folder = Path.Combine(Path.GetTempPath(), "iw-runtime-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var settings = new Dictionary<string, string?> { ["Persistence:Provider"] = options.Provider, ["Persistence:ConnectionString"] = options.Connection };
        if (options.GroupCommit is { } groupCommit)
            settings["Persistence:GroupCommit"] = groupCommit ? "true" : "false";
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddWorkflowPersistence(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), folder);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        await provider.GetRequiredService<WorkflowDefinitionService>().ImportAsync(await DefinitionJsonAsync(options.Journal), "bench", CancellationToken.None);
        return new BenchDatabase(provider, folder, !provider.GetRequiredService<PersistenceOptions>().IsPostgres, options.Keep);
    }

    /// <summary>bench-flow.json, with the journal level set when asked (a definition's <c>customProperties.journalLevel</c>).</summary>
    private static async Task<string> DefinitionJsonAsync(string? journalLevel)
    {
        var definition = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(BenchFlow.Path))!.AsObject();
        if (journalLevel is not null)
            definition["customProperties"]!["journalLevel"] = journalLevel;
        return definition.ToJsonString();
    }

    /// <summary>Bytes the database takes now: the SQLite file after a WAL checkpoint, or PostgreSQL's database size.</summary>
    public async Task<long> SizeAsync()
    {
        await using var db = await _services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        if (IsSqlite)
        {
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync();
            command.CommandText = "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size();";
        }
        else
        {
            command.CommandText = "SELECT pg_database_size(current_database());";
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_keep)
            return;
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean: a benchmark never fails on its temp folder.
        }
    }
}
