namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>How the ticket reached the service desk; the API/portal is primary, the others are recorded as secondary.</summary>
public enum Channel
{
    /// <summary>The service desk API or portal (the primary channel).</summary>
    Portal,
    Email,
    Phone,
    Chat,

    /// <summary>An alert from a monitoring tool.</summary>
    Monitoring,

    /// <summary>Raised directly by support staff or the service manager.</summary>
    Staff,
}
