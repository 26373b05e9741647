namespace IncidentWorkflows.Persistence.ProcessConfiguration;

/// <summary>
/// One configuration document as the API shows it: its items and which version they are. Version 0 means the shipped
/// defaults were never stored (a database that has not been started by a host yet).
/// </summary>
public sealed record ConfigurationVersion<T>(IReadOnlyList<T> Items, int Version, DateTimeOffset? UpdatedAt, string? UpdatedBy);
