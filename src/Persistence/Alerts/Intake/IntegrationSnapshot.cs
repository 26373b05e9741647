using IncidentWorkflows.Persistence.Alerts.Integrations;

namespace IncidentWorkflows.Persistence.Alerts.Intake;

/// <summary>An integration as a delivery sees it: read once, settings parsed.</summary>
public sealed record IntegrationSnapshot(string Id, string Name, AlertSource Source, string OwnerTeam, IntegrationSettings Settings)
{
    /// <summary>Who the tickets of this integration are reported by (no e-mail address, so no requester notices).</summary>
    public string Requester => $"monitoring:{Name}";
}
