using IncidentWorkflows.Activities.Tickets;
using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Activities.Security;

/// <summary>
/// process.md §7 step 6 (success): ends every lockdown still open for the ticket, explicitly and by name, so the record
/// says who lifted the containment and when. Lifting it at the systems themselves is the connector's or the team's job.
/// </summary>
[Activity("Incidents.EndLockdown", "Security", "Ends the open lockdowns of a security ticket.", DisplayName = "End Lockdown")]
public sealed class EndLockdown : Activity
{
    [Input(Description = "The ticket number, e.g. INC-000123.", IsRequired = true)]
    public Input<string> Ticket { get; set; } = new();

    [Input(Description = "Who ends it (user name).")]
    public Input<string> EndedBy { get; set; } = new();

    [Output(Description = "How many lockdowns were ended.")]
    public Output<int> Ended { get; set; } = new();

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var number = BurstTickets.Number(context.Get(Ticket)).ToString();
        var db = context.GetRequiredService<WorkflowDbContext>();
        var open = await db.ContainmentActions.Where(a => a.TicketNumber == number && a.LockdownOpen).ToListAsync(context.CancellationToken);
        var now = context.Time.GetUtcNow();
        var by = context.Get(EndedBy) is { Length: > 0 } person ? person : "system";
        foreach (var action in open)
        {
            action.LockdownOpen = false;
            action.LockdownEndedAt = now;
            action.LockdownEndedBy = by;
        }

        context.Set(Ended, open.Count, nameof(Ended));
        await context.CompleteAsync();
    }
}
