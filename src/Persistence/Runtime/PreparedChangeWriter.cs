using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace IncidentWorkflows.Persistence.Runtime;

/// <summary>
/// Saves the group writer's tracked changes with statements built and prepared once per connection, instead of
/// EF's SaveChanges. Measured on bench-flow.json: SaveChanges spent about 0.1 ms of CPU and 16 KB of allocations per
/// journal row, rebuilding SQL, commands and parameters for every row; a prepared INSERT re-binds parameters only.
/// </summary>
/// <remarks>
/// Handles what bursts produce: added rows (key given, or an integer key the database generates) and modified rows,
/// checked against their concurrency tokens, of types outside relationships. A burst with anything else (deleted
/// entries, other store-generated values, related, owned or inherited types) is saved by SaveChanges as a whole. Saved entries are left in the tracker; the group
/// committer clears it after every burst. Values go through EF's own type mappings, so conversions match SaveChanges.
/// </remarks>
internal sealed class PreparedChangeWriter(WorkflowDbContext db)
{
    private readonly Dictionary<string, PreparedStatement> _statements = new(StringComparer.Ordinal);

    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var entries = new List<EntityEntry>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
                continue;
            if (!IsSupported(entry))
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }

            entries.Add(entry);
        }

        foreach (var entry in entries)
        {
            if (entry.State == EntityState.Added)
                await InsertAsync(entry, cancellationToken);
            else
                await UpdateAsync(entry, cancellationToken);
        }
    }

    private static bool IsSupported(EntityEntry entry)
    {
        var type = entry.Metadata;
        if (entry.State is not (EntityState.Added or EntityState.Modified) || type.GetTableName() is null || type.IsOwned() || type.BaseType is not null)
            return false;
        // Rows in a relationship need SaveChanges' ordering and key propagation (a dependent inserted after its principal).
        if (type.GetForeignKeys().Any() || type.GetReferencingForeignKeys().Any())
            return false;
        foreach (var property in type.GetProperties())
        {
            if (property.ValueGenerated == ValueGenerated.Never)
                continue;
            // Only a generated integer key of an added row, left for the database to choose.
            if (!property.IsPrimaryKey() || entry.State != EntityState.Added || !entry.Property(property.Name).IsTemporary)
                return false;
        }

        return true;
    }

    private async Task InsertAsync(EntityEntry entry, CancellationToken cancellationToken)
    {
        var type = entry.Metadata;
        var statement = Prepared("insert:" + type.Name, () =>
        {
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var columns = type.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToArray();
            var names = string.Join(", ", columns.Select(p => Quote(p.GetColumnName(table)!)));
            var values = string.Join(", ", columns.Select((_, i) => "@p" + i));
            return ($"INSERT INTO {Quote(table.Name)} ({names}) VALUES ({values});", columns, []);
        });
        statement.Bind(entry);
        await ExecuteAsync(statement.Command, entry, cancellationToken);
    }

    private async Task UpdateAsync(EntityEntry entry, CancellationToken cancellationToken)
    {
        var type = entry.Metadata;
        var changed = type.GetProperties().Where(p => entry.Property(p.Name).IsModified).ToArray();
        if (changed.Length == 0)
            return;
        var statement = Prepared("update:" + type.Name + ":" + string.Join(",", changed.Select(p => p.Name)), () =>
        {
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var conditions = type.FindPrimaryKey()!.Properties.Concat(type.GetProperties().Where(p => p.IsConcurrencyToken)).Distinct().ToArray();
            var sets = string.Join(", ", changed.Select((p, i) => $"{Quote(p.GetColumnName(table)!)} = @p{i}"));
            var where = string.Join(" AND ", conditions.Select((p, i) => $"{Quote(p.GetColumnName(table)!)} = @p{changed.Length + i}"));
            return ($"UPDATE {Quote(table.Name)} SET {sets} WHERE {where};", changed, conditions);
        });
        statement.Bind(entry);
        if (await ExecuteAsync(statement.Command, entry, cancellationToken) != 1)
            throw new DbUpdateConcurrencyException($"The {type.DisplayName()} row was changed or deleted since it was read.");
    }

    private PreparedStatement Prepared(string key, Func<(string Sql, IProperty[] Current, IProperty[] Original)> build)
    {
        if (_statements.TryGetValue(key, out var statement))
            return statement;
        var (sql, current, original) = build();
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        statement = new PreparedStatement(command, current, original);
        _statements[key] = statement;
        return statement;
    }

    private async Task<int> ExecuteAsync(DbCommand command, EntityEntry entry, CancellationToken cancellationToken)
    {
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        try
        {
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (DbException e)
        {
            // Callers handle constraint violations (a duplicate idempotency key) as SaveChanges reports them.
            throw new DbUpdateException($"Saving a {entry.Metadata.DisplayName()} row failed: {e.Message}", e);
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

/// <summary>
/// One prepared statement: its parameters are made once by the properties' type mappings (provider types, sizes), and
/// each execution only sets their values, converted as the mappings convert them. Current values come first, then the
/// original values the WHERE clause checks.
/// </summary>
internal sealed class PreparedStatement
{
    private readonly IProperty[] _current;
    private readonly IProperty[] _original;
    private readonly RelationalTypeMapping[] _mappings;

    public PreparedStatement(DbCommand command, IProperty[] current, IProperty[] original)
    {
        Command = command;
        _current = current;
        _original = original;
        _mappings = [.. current.Concat(original).Select(p => p.GetRelationalTypeMapping())];
        for (var i = 0; i < _mappings.Length; i++)
            command.Parameters.Add(_mappings[i].CreateParameter(command, "@p" + i, null, nullable: true));
    }

    public DbCommand Command { get; }

    public void Bind(EntityEntry entry)
    {
        var values = entry.CurrentValues;
        for (var i = 0; i < _current.Length; i++)
            Set(i, values[_current[i]]);
        var originals = entry.OriginalValues;
        for (var i = 0; i < _original.Length; i++)
            Set(_current.Length + i, originals[_original[i]]);
    }

    private void Set(int index, object? value)
    {
        var converter = _mappings[index].Converter;
        if (value is not null && converter is not null)
            value = converter.ConvertToProvider(value);
        Command.Parameters[index].Value = value ?? DBNull.Value;
    }
}
