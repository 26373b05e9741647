using Npgsql;

namespace IncidentWorkflows.Persistence.Tests;

/// <summary>
/// The private PostgreSQL server the test script starts (scripts/test.sh sets INCIDENTWORKFLOWS_TEST_POSTGRES to
/// its connection string). Each test gets a database of its own.
/// </summary>
public static class PostgresTestServer
{
    public static string? ConnectionString => Environment.GetEnvironmentVariable("INCIDENTWORKFLOWS_TEST_POSTGRES");

    public static bool Available => !string.IsNullOrEmpty(ConnectionString);

    public static async Task<string> CreateDatabaseAsync()
    {
        var server = ConnectionString ?? throw new InvalidOperationException("INCIDENTWORKFLOWS_TEST_POSTGRES is not set; run the tests through scripts/test.sh.");
        var name = "iw_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}
