using IncidentWorkflows.Activities.Tickets;
using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;

namespace IncidentWorkflows.Activities.Requester;

/// <summary>
/// Resolves the ticket with a documented workaround or permanent fix (process.md §2), in the burst's transaction; the
/// requester's status-change notice goes with it. A ticket someone already resolved is an outcome, not a fault, so a
/// flow that races an engineer's own resolve goes on to await the requester either way. The engineer who completed the
/// investigation task resolves it: a ticket nobody started is started by them first, a Pending one resumed first. A
/// refusal of the rules (an open mandatory task, for one) leaves through <c>Refused</c> with the reason, so the flow
/// can hand the work back instead of faulting.
/// </summary>
[Activity("Incidents.ResolveTicket", "Incidents", "Resolves the ticket with a workaround or a permanent fix.",
    DisplayName = "Resolve Ticket", Outcomes = ["Resolved", "AlreadyResolved", "Refused"])]
public sealed class ResolveTicket : Activity
{
    [Input(Description = "The ticket number, e.g. INC-000123.", IsRequired = true)]
    public Input<string> Ticket { get; set; } = new();

    [Input(Description = "Workaround or PermanentFix.", Options = ["Workaround", "PermanentFix"], DefaultValue = "PermanentFix")]
    public Input<string> Kind { get; set; } = new();

    [Input(Description = "What was done; the requester sees it.", IsRequired = true)]
    public Input<string> Resolution { get; set; } = new();

    [Input(Description = "The engineer who resolved it; the system when empty.")]
    public Input<string> ResolvedBy { get; set; } = new();

    [Output(Description = "Why the ticket could not be resolved (rule and message), when the outcome is Refused.")]
    public Output<string> Refusal { get; set; } = new();

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var number = BurstTickets.Number(context.Get(Ticket));
        var kind = Enum.Parse<ResolutionKind>(context.Get(Kind) is { Length: > 0 } text ? text : nameof(ResolutionKind.PermanentFix), ignoreCase: true);
        var by = context.Get(ResolvedBy) is { Length: > 0 } engineer ? Actor.Staff(engineer) : Actor.System;
        var resolution = context.Get(Resolution) ?? "";
        var already = false;
        var outcome = await BurstTickets.ChangeAsync(context, number, change =>
        {
            already = change.Ticket.Status is TicketStatus.Resolved or TicketStatus.Closed;
            return already ? Outcome.Accepted : ResolveAsWorked(change, by, kind, resolution);
        });
        if (outcome.Refusal is { } refusal)
        {
            context.Set(Refusal, refusal.ToString(), nameof(Refusal));
            await context.CompleteAsync("Refused");
            return;
        }

        await context.CompleteAsync(already ? "AlreadyResolved" : "Resolved");
    }

    private static Outcome ResolveAsWorked(Persistence.Tickets.TicketChange change, Actor by, ResolutionKind kind, string resolution)
    {
        var ticket = change.Ticket;
        var resolve = new Resolve(by, change.At, kind, resolution);
        // Checked first: a refusal after starting work would leave half a change in the burst.
        if (ticket.CheckConditions(resolve) is { } refusal)
            return refusal;
        if (ticket.Status == TicketStatus.New && ticket.Apply(new StartWork(by, change.At, ticket.AssigneeId ?? (by == Actor.System ? null : by.Id))) is { IsAccepted: false } notStarted)
            return notStarted;
        if (ticket.Status == TicketStatus.Pending && ticket.Apply(new Resume(by, change.At, "Resumed to resolve.")) is { IsAccepted: false } notResumed)
            return notResumed;
        return ticket.Apply(resolve);
    }
}
