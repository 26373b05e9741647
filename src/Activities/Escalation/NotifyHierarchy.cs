using System.Text.Json.Nodes;
using IncidentWorkflows.Activities.Tickets;
using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Incidents;

namespace IncidentWorkflows.Activities.Escalation;

/// <summary>
/// Hierarchical escalation by decision of the flow: informs whoever the escalation matrix names for the ticket's
/// category, severity and level (group lead, service manager, ...) with the <c>escalation-notice</c> e-mail, and notes
/// it on the timeline.
/// </summary>
[Activity("Incidents.NotifyHierarchy", "Incidents", "Informs management of the ticket (escalation matrix) and notes it on the timeline.",
    DisplayName = "Notify Hierarchy")]
public sealed class NotifyHierarchy : Activity
{
    [Input(Description = "The ticket number, e.g. INC-000123.", IsRequired = true)]
    public Input<string> Ticket { get; set; } = new();

    [Input(Description = "Why management is informed; in the e-mail and on the timeline.", IsRequired = true)]
    public Input<string> Cause { get; set; } = new();

    [Output(Description = "The recipients the matrix named (kind:value, comma-separated).")]
    public Output<string> Recipients { get; set; } = new();

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var number = BurstTickets.Number(context.Get(Ticket));
        var cause = context.Get(Cause);
        if (string.IsNullOrWhiteSpace(cause))
            throw new InvalidOperationException("A hierarchical notice needs a cause.");

        PendingNotice? notice = null;
        var outcome = await BurstTickets.ChangeAsync(context, number, change =>
        {
            var ticket = change.Ticket;
            var model = new JsonObject
            {
                ["escalation"] = new JsonObject { ["level"] = ticket.SupportLevel?.ToString(), ["group"] = ticket.SupportGroupId, ["reason"] = cause },
            };
            notice = HierarchicalNotices.Record(ticket, change.Process.Escalation, "escalation-notice", cause, model, change.At);
            return Outcome.Accepted;
        });
        if (outcome.Refusal is { } refusal)
            throw new InvalidOperationException($"{refusal.RuleId}: {refusal.Message}");

        await HierarchicalNotices.SendAsync(context, number, [notice!]);
        context.Set(Recipients, string.Join(", ", notice!.Recipients), nameof(Recipients));
        await context.CompleteAsync();
    }
}
