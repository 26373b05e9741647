using IncidentWorkflows.Persistence.Definitions;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence;

/// <summary>Applies the provider's migrations and loads the definition catalog; run once at start, before serving.</summary>
public sealed class DatabaseInitializer(IDbContextFactory<WorkflowDbContext> contexts, DefinitionCatalog catalog)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (db.Database.IsSqlite())
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        await catalog.LoadAsync(cancellationToken);
    }
}
