using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IncidentWorkflows.Persistence;

/// <summary>
/// Per-connection SQLite settings: NORMAL sync (with WAL, a commit survives a process crash; only a power loss can
/// lose the last commits) and a busy timeout so concurrent writers wait instead of failing. WAL itself is a
/// property of the database file, set once by <see cref="DatabaseInitializer"/>.
/// </summary>
/// <remarks>
/// The settings belong to the native connection, which Microsoft.Data.Sqlite pools and reopens for every DbContext;
/// they are applied the first time a native connection is opened, not on every request that borrows it.
/// </remarks>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;";
    private static readonly object Applied = new();
    private readonly ConditionalWeakTable<object, object> _configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsConfigured(connection))
            return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        MarkConfigured(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsConfigured(connection))
            return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkConfigured(connection);
    }

    private bool IsConfigured(DbConnection connection) => Native(connection) is { } handle && _configured.TryGetValue(handle, out _);

    private void MarkConfigured(DbConnection connection)
    {
        if (Native(connection) is { } handle)
            _configured.AddOrUpdate(handle, Applied);
    }

    private static object? Native(DbConnection connection) => (connection as SqliteConnection)?.Handle;
}
