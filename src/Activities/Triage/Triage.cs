using IncidentWorkflows.Activities.Tickets;
using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Activities.Triage;

/// <summary>
/// Step 2 of the lifecycle (process.md §3, §5). Intake already proposed severity and priority from the reported facts
/// and routed the ticket to its category's L1 group; this step applies what the workflow knows better (e.g. a severity
/// an alert rule carries), always with a reason on the timeline, and hands the classification to the flowchart.
/// Security tickets leave through <c>Security</c>, the others through <c>Standard</c>.
/// </summary>
[Activity("Incidents.Triage", "Incidents", "Confirms or overrides severity and priority, and branches security tickets off.", Outcomes = ["Standard", "Security"])]
public sealed class Triage : Activity
{
    [Input(Description = "The ticket number, e.g. INC-000123.", IsRequired = true)]
    public Input<string> Ticket { get; set; } = new();

    [Input(Description = "A severity to set instead of the proposed one (S1–S4); empty keeps the proposal.", Options = ["", "S1", "S2", "S3", "S4"])]
    public Input<string?> Severity { get; set; } = new();

    [Input(Description = "A priority to set instead of the proposed one (P1–P4); empty keeps the proposal.", Options = ["", "P1", "P2", "P3", "P4"])]
    public Input<string?> Priority { get; set; } = new();

    [Input(Description = "Why the workflow overrides the proposal; kept on the timeline. Required with an override.")]
    public Input<string?> Reason { get; set; } = new();

    [Output(Description = "The ticket's severity after triage (S1–S4).")]
    public Output<string> ResultSeverity { get; set; } = new();

    [Output(Description = "The ticket's priority after triage (P1–P4).")]
    public Output<string> ResultPriority { get; set; } = new();

    [Output(Description = "The support group the ticket is routed to.")]
    public Output<string> SupportGroup { get; set; } = new();

    [Output(Description = "The ticket's category.")]
    public Output<string> Category { get; set; } = new();

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var ticket = await BurstTickets.ReadAsync(context, BurstTickets.Number(context.Get(Ticket)));

        if (!await TriageOverride.ApplyAsync(context, ticket, context.Get(Severity), context.Get(Priority), context.Get(Reason)))
            return;

        context.Set(ResultSeverity, ticket.Severity.ToString(), nameof(ResultSeverity));
        context.Set(ResultPriority, ticket.Priority.ToString(), nameof(ResultPriority));
        context.Set(SupportGroup, ticket.SupportGroupId, nameof(SupportGroup));
        context.Set(Category, ticket.Category, nameof(Category));
        await context.CompleteAsync(ticket.IsSecurity ? "Security" : "Standard");
    }
}
