namespace IncidentWorkflows.Persistence.Alerts.Integrations;

/// <summary>
/// A key one integration authenticates with; only its SHA-256 is stored. At most two are active at once, so a key can
/// be rotated without a window in which the monitoring system is refused.
/// </summary>
public sealed class IntegrationKeyRecord
{
    public const int MaxActive = 2;

    public string Id { get; set; } = "";

    public string IntegrationId { get; set; } = "";

    /// <summary>The first characters of the key, to tell keys apart in a list.</summary>
    public string Prefix { get; set; } = "";

    public string Hash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
