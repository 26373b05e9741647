using System.Globalization;
using IncidentWorkflows.Activities.Escalation;
using IncidentWorkflows.Activities.Signals;
using IncidentWorkflows.Activities.Tickets;
using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Tickets;

namespace IncidentWorkflows.Activities.Sla;

/// <summary>
/// Keeps a ticket's SLA clocks honest while it is worked: at every wake it records the warnings and breaches that are due
/// and escalates for them, then waits on two bookmarks, a durable timer at the next deadline and the ticket-changed
/// signal. Pending, resume and reclassification arrive as that signal, so the timer is re-armed from the clocks as they
/// are after the change. Done once every clock has stopped (Resolved, Closed or Cancelled).
/// </summary>
[Activity("Incidents.WatchSla", "Incidents", "Warns and escalates on the ticket's SLA clocks until they stop.",
    DisplayName = "Watch SLA", Kind = ActivityKind.Blocking)]
public sealed class WatchSla : Activity
{
    public const string TimerStimulus = "Incidents.SlaTimer";

    [Input(Description = "The ticket number, e.g. INC-000123.", IsRequired = true)]
    public Input<string> Ticket { get; set; } = new();

    [Output(Description = "The support level the ticket is at (L1–L4), empty for a named team.")]
    public Output<string> SupportLevel { get; set; } = new();

    [Output(Description = "SLA warnings recorded on the ticket so far.")]
    public Output<int> Warnings { get; set; } = new();

    [Output(Description = "SLA breaches recorded on the ticket so far.")]
    public Output<int> Breaches { get; set; } = new();

    [Output(Description = "When the SLA timer fires next (ISO 8601), empty when no clock runs.")]
    public Output<string> NextDeadline { get; set; } = new();

    protected override ValueTask ExecuteAsync(ActivityExecutionContext context) => new(WatchAsync(context));

    protected override ValueTask OnResumeAsync(ActivityExecutionContext context, Bookmark bookmark)
    {
        // Whichever bookmark woke it, the other is stale now: both are re-armed from the clocks as they are.
        context.RemoveBookmarks();
        return new(WatchAsync(context));
    }

    private async Task WatchAsync(ActivityExecutionContext context)
    {
        var number = BurstTickets.Number(context.Get(Ticket));
        var notices = new List<PendingNotice>();
        var outcome = await BurstTickets.ChangeAsync(context, number, change => SlaEscalation.Apply(change, notices));
        var ticket = outcome.Value ?? throw new InvalidOperationException(outcome.Refusal!.Message);
        await HierarchicalNotices.SendAsync(context, number, notices);

        var calendars = (await context.GetRequiredService<TicketSession>().ProcessAsync(context.CancellationToken)).Calendars;
        var deadline = ticket.Sla.NextDeadline(calendars);
        context.Set(SupportLevel, ticket.SupportLevel?.ToString() ?? "", nameof(SupportLevel));
        context.Set(Warnings, ticket.Sla.Warnings.Count(), nameof(Warnings));
        context.Set(Breaches, ticket.Sla.Breaches.Count(), nameof(Breaches));
        context.Set(NextDeadline, deadline?.ToString("O", CultureInfo.InvariantCulture) ?? "", nameof(NextDeadline));

        if (!ticket.Sla.Clocks.Any(clock => !clock.IsRetired && clock.State != SlaClockState.Stopped))
        {
            await context.CompleteAsync();
            return;
        }

        if (deadline is { } dueAt)
            context.CreateBookmark(TimerStimulus, new Dictionary<string, string> { ["ticket"] = number.ToString(), ["resumeAt"] = dueAt.ToString("O", CultureInfo.InvariantCulture) }, dueAt);
        TicketChangedBookmark.Create(context, number.ToString());
    }
}
