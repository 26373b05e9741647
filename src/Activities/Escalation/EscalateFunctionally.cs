using IncidentWorkflows.Activities.Tickets;
using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Escalation;
using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Activities.Escalation;

/// <summary>
/// Functional escalation by decision of the flow (process.md §5 step 4: the level cannot resolve it): one level up, to
/// the group routing names for the ticket's category at that level, with a fresh level target. At L4 there is nobody
/// above, which is an outcome of its own rather than a fault, so the flow can inform the hierarchy instead.
/// </summary>
[Activity("Incidents.EscalateFunctionally", "Incidents", "Escalates the ticket to the next support level (L1→L2→L3→L4 vendor).",
    DisplayName = "Escalate Functionally", Outcomes = ["Escalated", "TopLevel"])]
public sealed class EscalateFunctionally : Activity
{
    [Input(Description = "The ticket number, e.g. INC-000123.", IsRequired = true)]
    public Input<string> Ticket { get; set; } = new();

    [Input(Description = "Why the current level hands it on; kept on the timeline.", IsRequired = true)]
    public Input<string> Reason { get; set; } = new();

    [Output(Description = "The level the ticket is at afterwards (L1–L4).")]
    public Output<string> SupportLevel { get; set; } = new();

    [Output(Description = "The support group the ticket is with afterwards.")]
    public Output<string> Group { get; set; } = new();

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var number = BurstTickets.Number(context.Get(Ticket));
        var reason = context.Get(Reason) ?? "";
        var atTop = false;
        var outcome = await BurstTickets.ChangeAsync(context, number, change =>
        {
            atTop = change.Ticket.SupportLevel is { } level && SupportLadder.Next(level) is null;
            return atTop ? Outcome.Accepted : FunctionalEscalation.Escalate(change.Ticket, change.Process.Routing, reason, Actor.System, change.At);
        });
        if (outcome.Refusal is { } refusal)
            throw new InvalidOperationException($"{refusal.RuleId}: {refusal.Message}");

        var ticket = outcome.Value!;
        context.Set(SupportLevel, ticket.SupportLevel?.ToString() ?? "", nameof(SupportLevel));
        context.Set(Group, ticket.SupportGroupId, nameof(Group));
        await context.CompleteAsync(atTop ? "TopLevel" : "Escalated");
    }
}
