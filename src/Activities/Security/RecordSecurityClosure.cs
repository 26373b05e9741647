using IncidentWorkflows.Activities.Tickets;
using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Incidents;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Security;

namespace IncidentWorkflows.Activities.Security;

/// <summary>
/// process.md §7 step 8b–8c: the root cause and the lessons learned go into the report in full and onto the ticket as a
/// summary or reference (the ticket's close rule needs both). Blank ones leave through <c>Refused</c>, so the flow asks
/// again instead of reaching a close the ticket would refuse.
/// </summary>
[Activity("Incidents.RecordSecurityClosure", "Security", "Records root cause, lessons learned and recommendations on the report and the ticket.",
    DisplayName = "Record RCA and Lessons", Outcomes = ["Recorded", "Refused"])]
public sealed class RecordSecurityClosure : Activity
{
    [Input(Description = "The ticket number, e.g. INC-000123.", IsRequired = true)]
    public Input<string> Ticket { get; set; } = new();

    [Input(Description = "The root cause, in full (report only).", IsRequired = true)]
    public Input<string> RootCause { get; set; } = new();

    [Input(Description = "The lessons learned, in full (report only).", IsRequired = true)]
    public Input<string> LessonsLearned { get; set; } = new();

    [Input(Description = "Recommendations reviewed with the response team.")]
    public Input<string> Recommendations { get; set; } = new();

    [Input(Description = "Who recorded them (user name).")]
    public Input<string> RecordedBy { get; set; } = new();

    [Output(Description = "Why nothing was recorded, when the outcome is Refused.")]
    public Output<string> Refusal { get; set; } = new();

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var number = BurstTickets.Number(context.Get(Ticket));
        var (rootCause, lessons) = (context.Get(RootCause), context.Get(LessonsLearned));
        var by = context.Get(RecordedBy) is { Length: > 0 } person ? Actor.Staff(person) : Actor.System;
        if (string.IsNullOrWhiteSpace(rootCause) || string.IsNullOrWhiteSpace(lessons))
        {
            await RefuseAsync(context, $"[{RuleIds.RootCauseRequired}] Both the root cause and the lessons learned are needed.");
            return;
        }

        // The ticket gets a reference only: the analysis itself may name systems and indicators.
        var reference = $"See the Security Incident Report of {number}";
        var outcome = await BurstTickets.ChangeAsync(context, number, change =>
            change.Ticket.RecordRootCause($"{reference}, section Root cause.", by, change.At) is { IsAccepted: false } refused
                ? refused
                : change.Ticket.RecordLessonsLearned($"{reference}, section Lessons learned.", by, change.At));
        if (outcome.Refusal is { } refusal)
        {
            await RefuseAsync(context, refusal.ToString());
            return;
        }

        var content = new SecurityReportContent { RootCause = rootCause, LessonsLearned = lessons, Recommendations = context.Get(Recommendations) };
        await SecurityReports.OpenOrUpdateAsync(context.GetRequiredService<WorkflowDbContext>(), number.ToString(), content, by.Id, context.Time.GetUtcNow(), context.CancellationToken);
        await context.CompleteAsync("Recorded");
    }

    private ValueTask RefuseAsync(ActivityExecutionContext context, string why)
    {
        context.Set(Refusal, why, nameof(Refusal));
        return context.CompleteAsync("Refused");
    }
}
