using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentWorkflows.Persistence.Tests;

public sealed class SqlitePragmaTests
{
    [Fact]
    public async Task OpenConnection_PooledConnectionReused_KeepsBusyTimeoutAndNormalSync()
    {
        await using var db = await TestDatabase.CreateAsync();
        var contexts = db.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>();

        for (var i = 0; i < 3; i++)
        {
            await using var context = await contexts.CreateDbContextAsync();
            Assert.Equal(10000L, await ScalarAsync(context, "PRAGMA busy_timeout;"));
            Assert.Equal(1L, await ScalarAsync(context, "PRAGMA synchronous;"));
        }
    }

    private static async Task<object?> ScalarAsync(WorkflowDbContext context, string sql)
    {
        await context.Database.OpenConnectionAsync();
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
