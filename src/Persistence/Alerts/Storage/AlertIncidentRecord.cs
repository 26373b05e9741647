namespace IncidentWorkflows.Persistence.Alerts.Storage;

/// <summary>
/// The dedup identity: one row per integration and incident key (an alert's source key, or its group's key) pointing
/// at the incident currently opened for it. The unique key is what makes "exactly one open incident per identity" hold
/// under concurrent deliveries; a re-fire after the reopen window points the same row at a new ticket.
/// </summary>
public sealed class AlertIncidentRecord
{
    public Guid Id { get; set; }

    public string IntegrationId { get; set; } = "";

    public string Key { get; set; } = "";

    public string TicketNumber { get; set; } = "";

    public bool IsOpen { get; set; }

    /// <summary>The workflow the incident runs and whether its resolve may resolve the ticket (routed when it opened).</summary>
    public string? Workflow { get; set; }

    public bool AutoResolve { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public DateTimeOffset LastFiredAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>Deliveries of alerts already known to the incident (repeats), across all its alerts.</summary>
    public int Repeats { get; set; }

    /// <summary>Alerts of the incident still firing.</summary>
    public int FiringAlerts { get; set; }

    /// <summary>Optimistic concurrency where writers are concurrent (PostgreSQL).</summary>
    public int Version { get; set; }
}
