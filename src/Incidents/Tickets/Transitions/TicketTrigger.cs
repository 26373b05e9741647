namespace IncidentWorkflows.Incidents.Tickets.Transitions;

/// <summary>The things that move a ticket between statuses; each has a command record of the same name.</summary>
public enum TicketTrigger
{
    StartWork,
    Escalate,
    ReturnFromEscalation,
    PutOnHold,
    Resume,
    Resolve,
    Reopen,
    Close,
    Cancel,
}
