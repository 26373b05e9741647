namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>
/// Why work waits. The last two are customer decisions: the only reasons an S1 or S2 ticket may be Pending
/// (process.md §2), and always documented with the customer who decided.
/// </summary>
public enum PendingReason
{
    AwaitingCustomerInformation,
    AwaitingCustomerApproval,
    AwaitingOtherTicket,
    CustomerStoppedInvestigation,
    CustomerDeniedApproval,
}
