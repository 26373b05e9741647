using IncidentWorkflows.Activities.Tickets;
using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Security;

namespace IncidentWorkflows.Activities.Security;

/// <summary>
/// Writes template fields of the ticket's Security Incident Report as a new revision (process.md §7 steps 5, 6, 8b).
/// Without an open report (the event path, mitigation at L1) the report is opened by this update.
/// </summary>
[Activity("Incidents.UpdateSecurityReport", "Security", "Records fields of the Security Incident Report as a new revision.",
    DisplayName = "Update Security Report")]
public sealed class UpdateSecurityReport : Activity
{
    [Input(Description = "The ticket number, e.g. INC-000123.", IsRequired = true)]
    public Input<string> Ticket { get; set; } = new();

    [Input(Description = "Template fields to set, by name (summary, timelineOfEvents, containmentAndEradication, ...).", IsRequired = true)]
    public Input<object> Content { get; set; } = new();

    [Input(Description = "The author (user name); the system when empty.")]
    public Input<string> Author { get; set; } = new();

    [Output(Description = "The report's revision afterwards.")]
    public Output<int> Revision { get; set; } = new();

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var number = BurstTickets.Number(context.Get(Ticket)).ToString();
        var by = context.Get(Author) is { Length: > 0 } person ? person : "system";
        var db = context.GetRequiredService<WorkflowDbContext>();
        var report = await SecurityReports.OpenOrUpdateAsync(db, number, ReportContent.From(context.Get(Content)), by, context.Time.GetUtcNow(), context.CancellationToken);
        context.Set(Revision, report.Revision, nameof(Revision));
        await context.CompleteAsync();
    }
}
