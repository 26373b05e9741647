namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>The statuses of process.md §2; which moves between them are allowed is <see cref="Transitions.TicketTransitionTable"/>.</summary>
public enum TicketStatus
{
    /// <summary>Logged, not yet assigned to an engineer.</summary>
    New,

    /// <summary>Assigned to a support engineer; resolution started.</summary>
    InProgress,

    /// <summary>Handed to a party outside the operations team (product delivery, L4 vendor/OEM).</summary>
    Escalated,

    /// <summary>On hold awaiting the customer or another ticket; the SLA clocks stop.</summary>
    Pending,

    /// <summary>A workaround or permanent fix is in place and documented; the requester may reopen.</summary>
    Resolved,

    /// <summary>The requester acknowledged the resolution (or it was closed automatically). Final.</summary>
    Closed,

    /// <summary>Withdrawn at the customer's request. Final.</summary>
    Cancelled,
}
