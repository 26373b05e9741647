namespace IncidentWorkflows.Incidents.Tickets;

public enum TaskState
{
    Open,
    Done,

    /// <summary>Dropped with a reason; it no longer blocks resolving the ticket.</summary>
    Cancelled,
}
