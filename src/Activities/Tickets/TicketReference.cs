using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Tickets;

namespace IncidentWorkflows.Activities.Tickets;

/// <summary>How incident activities find the ticket they work on: a number input, read in the burst's own session.</summary>
internal static class TicketReference
{
    /// <summary>The ticket named by <paramref name="text"/>; null after faulting the activity with the reason.</summary>
    public static async Task<Ticket?> LoadAsync(ActivityExecutionContext context, string? text)
    {
        if (!TicketNumber.TryParse(text, out var number))
        {
            context.Fault($"'{text}' is not a ticket number like INC-000123.", code: "ticket-number-invalid");
            return null;
        }

        var ticket = await context.GetRequiredService<TicketSession>().ReadAsync(number, context.Workflow.Options.CancellationToken);
        if (ticket is null)
            context.Fault($"Ticket {number} does not exist.", code: "ticket-not-found");
        return ticket;
    }
}
