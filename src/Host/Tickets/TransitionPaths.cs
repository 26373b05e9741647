using IncidentWorkflows.Incidents.Tickets.Transitions;

namespace IncidentWorkflows.Host.Tickets;

/// <summary>One path per transition, named after its trigger: <c>StartWork</c> is <c>POST /api/tickets/{number}/start-work</c>.</summary>
public static class TransitionPaths
{
    public static string Of(TicketTrigger trigger) => trigger switch
    {
        TicketTrigger.StartWork => "start-work",
        TicketTrigger.Escalate => "escalate",
        TicketTrigger.ReturnFromEscalation => "return-from-escalation",
        TicketTrigger.PutOnHold => "put-on-hold",
        TicketTrigger.Resume => "resume",
        TicketTrigger.Resolve => "resolve",
        TicketTrigger.Reopen => "reopen",
        TicketTrigger.Close => "close",
        TicketTrigger.Cancel => "cancel",
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "Unknown trigger."),
    };
}
