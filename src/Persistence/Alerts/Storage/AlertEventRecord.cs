namespace IncidentWorkflows.Persistence.Alerts.Storage;

/// <summary>The alert's timeline: one append-only row per thing a delivery did to it.</summary>
public sealed class AlertEventRecord
{
    public Guid Id { get; set; }

    public Guid AlertId { get; set; }

    public Guid DeliveryId { get; set; }

    public DateTimeOffset At { get; set; }

    public AlertOutcome Outcome { get; set; }

    public string TicketNumber { get; set; } = "";
}
