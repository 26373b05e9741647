using IncidentWorkflows.Persistence.Definitions;
using IncidentWorkflows.Persistence.ProcessConfiguration;
using IncidentWorkflows.Persistence.Tickets;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence;

/// <summary>
/// Applies the provider's migrations, makes the ticket timeline append-only, stores the default process configuration
/// where none is stored yet, and loads the definition catalog; run once at start, before serving.
/// </summary>
public sealed class DatabaseInitializer(IDbContextFactory<WorkflowDbContext> contexts, DefinitionCatalog catalog, ProcessConfigurationStore configuration)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (db.Database.IsSqlite())
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            await AppendOnlyTimeline.InstallAsync(db, cancellationToken);
        }
        await configuration.SeedDefaultsAsync(cancellationToken);
        await catalog.LoadAsync(cancellationToken);
    }
}
