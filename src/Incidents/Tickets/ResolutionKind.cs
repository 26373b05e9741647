namespace IncidentWorkflows.Incidents.Tickets;

public enum ResolutionKind
{
    /// <summary>An alternative way of working or a temporary fix; proposed as a knowledge base article.</summary>
    Workaround,

    PermanentFix,
}
