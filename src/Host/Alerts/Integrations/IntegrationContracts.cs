using IncidentWorkflows.Persistence.Alerts;
using IncidentWorkflows.Persistence.Alerts.Integrations;

namespace IncidentWorkflows.Host.Alerts.Integrations;

/// <summary>
/// Create (POST) and replace (PUT) an integration. <c>signingSecret</c>: absent keeps the current one, empty removes it;
/// with a secret every delivery must be signed. <c>version</c> (PUT) refuses the change when the integration moved on.
/// </summary>
public sealed record IntegrationRequest(string? Name, AlertSource? Source, string? OwnerTeam, IntegrationSettings? Settings, string? SigningSecret, int? Version);

public sealed record IntegrationKeyView(string Id, string Prefix, DateTimeOffset CreatedAt, string? CreatedBy, DateTimeOffset? RevokedAt, bool Active);

/// <summary>An integration as the API shows it: never the key or the signing secret, only whether one is set.</summary>
public sealed record IntegrationView(
    string Id,
    string Name,
    AlertSource Source,
    string OwnerTeam,
    string Url,
    IntegrationSettings Settings,
    bool SignatureRequired,
    IReadOnlyList<IntegrationKeyView> Keys,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? UpdatedBy)
{
    public static IntegrationView From(IntegrationRecord integration, IReadOnlyList<IntegrationKeyRecord> keys) => new(
        integration.Id,
        integration.Name,
        integration.Source,
        integration.OwnerTeam,
        $"/api/alerts/{integration.Name}",
        IntegrationStore.ReadSettings(integration),
        integration.SigningSecret is not null,
        [.. keys.Select(k => new IntegrationKeyView(k.Id, k.Prefix, k.CreatedAt, k.CreatedBy, k.RevokedAt, k.RevokedAt is null))],
        integration.Version,
        integration.CreatedAt,
        integration.UpdatedAt,
        integration.UpdatedBy);
}

/// <summary>A new key, shown this once (only its hash is stored).</summary>
public sealed record CreatedIntegrationKey(string Id, string Prefix, string Key);

/// <summary>A created integration with its first key, shown this once.</summary>
public sealed record CreatedIntegration(IntegrationView Integration, CreatedIntegrationKey Key);
