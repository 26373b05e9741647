namespace IncidentWorkflows.Incidents.Sla;

public enum SlaClockState
{
    Running,

    /// <summary>Stopped for a while (the ticket is Pending); resumes with the time already elapsed.</summary>
    Paused,

    /// <summary>The measured thing happened (or the ticket ended); a reopen restarts a resolution clock.</summary>
    Stopped,
}
