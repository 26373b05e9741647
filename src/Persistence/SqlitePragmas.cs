using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IncidentWorkflows.Persistence;

/// <summary>
/// Per-connection SQLite settings: NORMAL sync (with WAL, a commit survives a process crash; only a power loss can
/// lose the last commits) and a busy timeout so concurrent writers wait instead of failing. WAL itself is a
/// property of the database file, set once by <see cref="DatabaseInitializer"/>.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
