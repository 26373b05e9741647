namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>What was reported. Only incidents run the incident lifecycle workflow; all kinds share the status rules.</summary>
public enum TicketKind
{
    Incident,
    ServiceRequest,

    /// <summary>A request for change (RFC): a feature or an enhancement.</summary>
    ChangeRequest,
}
