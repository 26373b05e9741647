namespace IncidentWorkflows.Persistence.Alerts.Storage;

/// <summary>One accepted delivery with its raw body (cut at the integration's cap), for audit and re-mapping.</summary>
public sealed class AlertDeliveryRecord
{
    public Guid Id { get; set; }

    public string IntegrationId { get; set; } = "";

    public DateTimeOffset ReceivedAt { get; set; }

    public string Body { get; set; } = "";

    /// <summary>The size of the body as received, in bytes.</summary>
    public int BodyBytes { get; set; }

    public bool BodyTruncated { get; set; }

    public int Alerts { get; set; }

    /// <summary>Alerts the source said it left out of this delivery (Alertmanager's truncatedAlerts).</summary>
    public int TruncatedAlerts { get; set; }
}
