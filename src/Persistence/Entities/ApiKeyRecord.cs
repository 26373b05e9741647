namespace IncidentWorkflows.Persistence.Entities;

/// <summary>A named, revocable key for integrations (monitoring systems); only its hash is stored.</summary>
public sealed class ApiKeyRecord
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>First characters of the key, shown to people so they can tell keys apart.</summary>
    public string Prefix { get; set; } = "";

    public string Hash { get; set; } = "";
    public string Roles { get; set; } = "";
    public string? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
