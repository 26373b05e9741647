namespace IncidentWorkflows.Incidents.Tickets;

public enum CloseKind
{
    /// <summary>The requester confirmed the resolution.</summary>
    RequesterAcknowledged,

    /// <summary>Closed by the system after the requester did not answer (default: 5 business days).</summary>
    AutoClosed,
}
