namespace IncidentWorkflows.Persistence.Alerts.Integrations;

/// <summary>
/// An integration as the API writes it. <see cref="SigningSecret"/>: null keeps the current secret, empty removes it
/// (signatures no longer required), anything else replaces it.
/// </summary>
public sealed record IntegrationDraft(string Name, AlertSource Source, string OwnerTeam, IntegrationSettings Settings, string? SigningSecret);
