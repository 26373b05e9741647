namespace IncidentWorkflows.Persistence;

/// <summary>The <c>Persistence</c> configuration section.</summary>
public sealed class PersistenceOptions
{
    public const string Section = "Persistence";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Defaults to <c>App_Data/incidentworkflows.db</c> under the content root for SQLite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// SQLite only: bursts that are ready at the same time commit in one transaction (see <c>GroupCommitter</c>).
    /// PostgreSQL always commits each burst alone: several hosts write there concurrently and its instance lock is per connection.
    /// </summary>
    public bool GroupCommit { get; set; } = true;

    /// <summary>The most bursts one group transaction takes.</summary>
    public int GroupCommitMaxBursts { get; set; } = 64;

    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase) || string.Equals(Provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase);
}
