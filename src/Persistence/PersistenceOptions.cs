namespace IncidentWorkflows.Persistence;

/// <summary>The <c>Persistence</c> configuration section.</summary>
public sealed class PersistenceOptions
{
    public const string Section = "Persistence";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Defaults to <c>App_Data/incidentworkflows.db</c> under the content root for SQLite.</summary>
    public string? ConnectionString { get; set; }

    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase) || string.Equals(Provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase);
}
