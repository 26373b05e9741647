namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>Order of fixing, from the priority matrix (process.md §3), set by the operator. P1 goes first.</summary>
public enum Priority
{
    /// <summary>More than half of the recipient's users cannot work, or areas outside the recipient are affected.</summary>
    P1 = 1,

    /// <summary>More than 10 users (up to half) cannot work, or a named power user cannot work and a business unit is affected.</summary>
    P2 = 2,

    /// <summary>A single user, or a few users, cannot work.</summary>
    P3 = 3,

    /// <summary>A single user has reduced functionality and a workaround.</summary>
    P4 = 4,
}
