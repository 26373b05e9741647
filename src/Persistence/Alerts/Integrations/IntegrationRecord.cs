namespace IncidentWorkflows.Persistence.Alerts.Integrations;

/// <summary>
/// A monitoring system allowed to post alerts to <c>/api/alerts/{Name}</c>. What the integration does with an alert
/// (routing, grouping, auto-resolve, limits) is one JSON document, <see cref="IntegrationSettings"/>, read whole on every
/// delivery; the keys are rows of their own so that two can be active during a rotation.
/// </summary>
public sealed class IntegrationRecord
{
    public string Id { get; set; } = "";

    /// <summary>The path segment: lower-case letters, digits and dashes, unique.</summary>
    public string Name { get; set; } = "";

    public AlertSource Source { get; set; }

    public string OwnerTeam { get; set; } = "";

    public string SettingsJson { get; set; } = "{}";

    /// <summary>
    /// The shared HMAC secret when signatures are required. Kept readable because verifying a signature needs the
    /// secret itself; it is never returned by the API after it was set.
    /// </summary>
    public string? SigningSecret { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>Bumped on every change; an update naming an older version is refused.</summary>
    public int Version { get; set; }
}
