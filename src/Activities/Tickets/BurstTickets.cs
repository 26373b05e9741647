using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Tickets;

namespace IncidentWorkflows.Activities.Tickets;

/// <summary>
/// Ticket work from an activity, in its burst's transaction. A change also sends the ticket-changed signal with this
/// activity as its origin, so other waiting activities (a parallel branch, another instance) learn of it after commit
/// while this one is not woken by its own change.
/// </summary>
internal static class BurstTickets
{
    public static TicketNumber Number(string? text) =>
        TicketNumber.TryParse(text, out var number) ? number : throw new InvalidOperationException($"'{text}' is not a ticket number like INC-000123.");

    public static async Task<Ticket> ReadAsync(ActivityExecutionContext context, TicketNumber number) =>
        await context.GetRequiredService<TicketSession>().ReadAsync(number, context.CancellationToken)
            ?? throw new InvalidOperationException($"Ticket {number} does not exist.");

    public static async Task<Outcome<Ticket>> ChangeAsync(ActivityExecutionContext context, TicketNumber number, Func<TicketChange, Outcome> command)
    {
        var firstNewSequence = 0;
        var outcome = await context.GetRequiredService<TicketSession>().ChangeAsync(number, change =>
        {
            firstNewSequence = change.Ticket.Timeline.Count + 1;
            return command(change);
        }, context.CancellationToken);

        if (outcome.Value is { } ticket && TicketChangedSignal.For(ticket, firstNewSequence, context.WorkflowInstanceId, context.Activity.Id) is var (signal, key))
            context.Workflow.Send(TicketChangedSignal.MessageKind, JsonNode.Parse(signal.ToJson()), key);
        return outcome;
    }
}
