using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Activities.HumanTasks;

/// <summary>What a task needs to know of its ticket: whether the work is over, whose queue it is in, and facts for its instructions.</summary>
internal sealed record TicketFacts(string Number, string Title, TicketStatus Status, string Severity, string Priority, string Category, string SupportGroup, string? Assignee)
{
    /// <summary>Resolved, Closed and Cancelled tickets need no more work from a task.</summary>
    public bool WorkIsOver => Status is TicketStatus.Resolved or TicketStatus.Closed or TicketStatus.Cancelled;

    public static async Task<TicketFacts?> ReadAsync(WorkflowDbContext db, TicketNumber number, CancellationToken cancellationToken)
    {
        var row = await db.Tickets.AsNoTracking()
            .Where(t => t.Kind == number.Kind && t.Number == number.Sequence)
            .Select(t => new { t.Title, t.Status, t.Severity, t.Priority, t.Category, t.SupportGroupId, t.AssigneeId })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new TicketFacts(number.ToString(), row.Title, row.Status, row.Severity.ToString(), row.Priority.ToString(), row.Category, row.SupportGroupId, row.AssigneeId);
    }

    /// <summary>The ticket as templates see it: <c>{{ Ticket.number }}</c>, <c>{{ Ticket.status }}</c>, ...</summary>
    public Dictionary<string, object?> ToTemplateValue() => new()
    {
        ["number"] = Number, ["title"] = Title, ["status"] = Status.ToString(), ["severity"] = Severity, ["priority"] = Priority,
        ["category"] = Category, ["group"] = SupportGroup, ["assignee"] = Assignee,
    };
}
