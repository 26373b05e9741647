namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>The functional support levels, in escalation order. A named team outside the ladder has no level.</summary>
public enum SupportLevel
{
    L1 = 1,
    L2 = 2,
    L3 = 3,

    /// <summary>Vendor, OEM or specialist service outside the operations team.</summary>
    L4 = 4,
}
