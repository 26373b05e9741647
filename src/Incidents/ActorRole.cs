namespace IncidentWorkflows.Incidents;

/// <summary>Which side of the service desk a person or process acts for; several rules of process.md §2 depend on it.</summary>
public enum ActorRole
{
    /// <summary>An engineer, service desk agent or manager of the operations team.</summary>
    Staff,

    /// <summary>The person who reported the ticket.</summary>
    Requester,

    /// <summary>Someone else on the customer's side (e.g. the requester's manager at the partner).</summary>
    Customer,

    /// <summary>The product itself: timers, automations.</summary>
    System,
}
