using IncidentWorkflows.Persistence.Entities;

namespace IncidentWorkflows.Host.Admin.ApiKeys;

public sealed record CreateApiKeyRequest(string? Name, IReadOnlyList<string>? Roles);

/// <summary>An API key as listed: never the secret, never its hash.</summary>
public sealed record ApiKeySummary(
    string Id, string Name, string Prefix, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
{
    public static ApiKeySummary From(ApiKeyRecord record) => new(
        record.Id, record.Name, record.Prefix, SplitRoles(record.Roles), record.CreatedAt, record.LastUsedAt, record.RevokedAt);

    internal static IReadOnlyList<string> SplitRoles(string roles) =>
        roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>The answer to creating a key: the only time <see cref="Key"/> is ever shown.</summary>
public sealed record ApiKeyCreated(string Id, string Name, string Prefix, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt, string Key);
