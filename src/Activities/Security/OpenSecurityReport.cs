using IncidentWorkflows.Activities.Tickets;
using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Security;

namespace IncidentWorkflows.Activities.Security;

/// <summary>
/// process.md §7 step 4.2b: L2 opens the Security Incident Report of the ticket, in the burst's transaction. A report
/// that is already open (an earlier run, or opened through the API) is updated instead, as a new revision.
/// </summary>
[Activity("Incidents.OpenSecurityReport", "Security", "Opens the access-restricted Security Incident Report of a security ticket.",
    DisplayName = "Open Security Report")]
public sealed class OpenSecurityReport : Activity
{
    [Input(Description = "The ticket number, e.g. INC-000123.", IsRequired = true)]
    public Input<string> Ticket { get; set; } = new();

    [Input(Description = "Template fields to start with (summary, category, confirmation, severity, tlp, ...).")]
    public Input<object> Content { get; set; } = new();

    [Input(Description = "Who opens it (user name); the system when empty.")]
    public Input<string> OpenedBy { get; set; } = new();

    [Output(Description = "The report's revision afterwards.")]
    public Output<int> Revision { get; set; } = new();

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var number = BurstTickets.Number(context.Get(Ticket)).ToString();
        var content = ReportContent.From(context.Get(Content));
        var by = context.Get(OpenedBy) is { Length: > 0 } person ? person : "system";
        var db = context.GetRequiredService<WorkflowDbContext>();
        var report = await SecurityReports.OpenOrUpdateAsync(db, number, content, by, context.Time.GetUtcNow(), context.CancellationToken);
        context.Set(Revision, report.Revision, nameof(Revision));
        await context.CompleteAsync();
    }
}
