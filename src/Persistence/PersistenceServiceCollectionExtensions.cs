using IncidentWorkflows.Persistence.Alerts;
using IncidentWorkflows.Persistence.Definitions;
using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace IncidentWorkflows.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database (SQLite by default, PostgreSQL by <c>Persistence:Provider</c>), the definition catalog and
    /// service, and the durable runtime with the lock that fits the provider.
    /// </summary>
    public static IServiceCollection AddWorkflowPersistence(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(PersistenceOptions.Section).Get<PersistenceOptions>() ?? new PersistenceOptions();
        if (options.IsPostgres)
        {
            var connectionString = options.ConnectionString ?? throw new InvalidOperationException("Persistence:ConnectionString is required for PostgreSQL.");
            services.AddPooledDbContextFactory<PostgresWorkflowDbContext>(o => o.UseNpgsql(connectionString));
            services.AddSingleton<IDbContextFactory<WorkflowDbContext>, FactoryAdapter<PostgresWorkflowDbContext>>();
            services.TryAddSingleton<IInstanceLock>(new PostgresInstanceLock(connectionString));
            services.TryAddSingleton<BurstCommitter, TransactionPerBurst>();
        }
        else
        {
            var connectionString = options.ConnectionString ??= DefaultSqlite(contentRoot);
            services.AddPooledDbContextFactory<SqliteWorkflowDbContext>(o => o.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas()));
            services.AddSingleton<IDbContextFactory<WorkflowDbContext>, FactoryAdapter<SqliteWorkflowDbContext>>();
            services.TryAddSingleton<IInstanceLock, InProcessInstanceLock>();
            if (options.GroupCommit)
            {
                services.TryAddSingleton(sp => new GroupCommitter(sp.GetRequiredService<IDbContextFactory<WorkflowDbContext>>(), options.GroupCommitMaxBursts, sp.GetRequiredService<ILogger<GroupCommitter>>()));
                services.TryAddSingleton<BurstCommitter>(sp => sp.GetRequiredService<GroupCommitter>());
            }
            else
            {
                services.TryAddSingleton<BurstCommitter, TransactionPerBurst>();
            }
        }

        // Registered resolved (the SQLite default filled in), so the durable timer store can share the database.
        services.AddSingleton(options);
        services.AddScoped<WorkflowDbContext>(sp => sp.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContext());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => Engine.Descriptors.ActivityRegistry.CreateDefault());
        services.TryAddSingleton(_ => Engine.Expressions.ExpressionRegistry.CreateDefault());
        services.TryAddSingleton<ITimerScheduler, NoTimerScheduler>();
        services.TryAddSingleton(new RuntimeOptions());
        services.AddSingleton<DefinitionCatalog>();
        services.AddSingleton<WorkflowDefinitionService>();
        services.AddSingleton<WorkflowRuntime>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddOptions<Outbox.OutboxOptions>().Bind(configuration.GetSection(Outbox.OutboxOptions.Section));
        services.AddSingleton<Outbox.OutboxSignal>();
        services.AddSingleton<Outbox.OutboxDispatcher>();
        services.AddSingleton<WorkflowFolderImporter>();
        services.AddSingleton<Queries.InstanceQueries>();
        services.AddSingleton<Queries.JournalRetention>();
        services.AddTicketStore();
        services.AddAlertStore();
        return services;
    }

    private static string DefaultSqlite(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "incidentworkflows.db")};Default Timeout=30";
    }

    /// <summary>Lets code ask for the provider-neutral context while each provider keeps its own context type (and migrations).</summary>
    private sealed class FactoryAdapter<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<WorkflowDbContext>
        where TContext : WorkflowDbContext
    {
        public WorkflowDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
