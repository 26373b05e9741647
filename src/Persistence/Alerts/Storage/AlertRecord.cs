namespace IncidentWorkflows.Persistence.Alerts.Storage;

/// <summary>One alert of one integration by its source key, with its counter and the incident it belongs to now.</summary>
public sealed class AlertRecord
{
    public Guid Id { get; set; }

    public string IntegrationId { get; set; } = "";

    public string SourceKey { get; set; } = "";

    public Guid IncidentId { get; set; }

    public string TicketNumber { get; set; } = "";

    public AlertState State { get; set; }

    public string Title { get; set; } = "";

    public string? Severity { get; set; }

    public string LabelsJson { get; set; } = "{}";

    public string DetailsJson { get; set; } = "{}";

    public string? Link { get; set; }

    /// <summary>Deliveries that said this alert fires, the first included.</summary>
    public int Occurrences { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public int Version { get; set; }
}
