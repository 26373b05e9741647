using Microsoft.Data.Sqlite;

namespace IncidentWorkflows.Host.Tests.Crash;

/// <summary>
/// The SQLite file a <see cref="ChildProcessHost"/> writes, read directly (read-only) by the test: while the child runs,
/// and after it was killed, when no API is there to ask.
/// </summary>
public sealed class CrashDatabase(string dataFolder)
{
    public string Path => System.IO.Path.Combine(dataFolder, ChildProcessHost.DatabaseFile);

    public long Count(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The first column of every row, as text.</summary>
    public List<string> Ids(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
            ids.Add(reader.GetString(0));
        return ids;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={Path};Mode=ReadOnly");
        connection.Open();
        return connection;
    }
}
