using System.Globalization;
using IncidentWorkflows.Activities.Signals;
using IncidentWorkflows.Activities.Tickets;
using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using IncidentWorkflows.Persistence.Tickets;

namespace IncidentWorkflows.Activities.Requester;

/// <summary>
/// Waits for the requester after resolution (process.md §2): they acknowledge (Closed) or are not satisfied (reopened),
/// and when they stay silent the system closes the ticket after the waiting time, with a reason that the status-change
/// notice carries to the requester. A durable timer at the due moment and the ticket-changed signal are its bookmarks.
/// </summary>
[Activity("Incidents.AwaitRequester", "Incidents", "Waits for the requester to acknowledge or reopen a resolved ticket; closes it automatically after the waiting time.",
    DisplayName = "Await Requester", Kind = ActivityKind.Blocking, Outcomes = ["Closed", "Reopened", "AutoClosed"])]
public sealed class AwaitRequester : Activity
{
    public const string TimerStimulus = "Incidents.AutoCloseTimer";

    [Input(Description = "The ticket number, e.g. INC-000123.", IsRequired = true)]
    public Input<string> Ticket { get; set; } = new();

    [Input(Description = "Waiting time from the resolution: \"5 business days\" (default), \"8 business hours\" or d.hh:mm:ss of working time.", DefaultValue = AutoCloseDelay.Default)]
    public Input<string> AutoCloseAfter { get; set; } = new();

    protected override ValueTask ExecuteAsync(ActivityExecutionContext context) => new(DecideAsync(context, timerFired: false));

    protected override ValueTask OnResumeAsync(ActivityExecutionContext context, Bookmark bookmark)
    {
        context.RemoveBookmarks();
        return new(DecideAsync(context, timerFired: !TicketChangedBookmark.Is(bookmark)));
    }

    private async Task DecideAsync(ActivityExecutionContext context, bool timerFired)
    {
        var number = BurstTickets.Number(context.Get(Ticket));
        var ticket = await BurstTickets.ReadAsync(context, number);
        if (ticket.Status != TicketStatus.Resolved)
        {
            await context.CompleteAsync(ticket.IsEnded ? "Closed" : "Reopened");
            return;
        }

        var calendars = (await context.GetRequiredService<TicketSession>().ProcessAsync(context.CancellationToken)).Calendars;
        var dueAt = AutoCloseDelay.DueAt(ticket, calendars, context.Get(AutoCloseAfter), ticket.ResolvedAt!.Value);
        if (timerFired && dueAt <= context.Time.GetUtcNow())
        {
            await AutoCloseAsync(context, number);
            return;
        }

        context.CreateBookmark(TimerStimulus, new Dictionary<string, string> { ["ticket"] = number.ToString(), ["resumeAt"] = dueAt.ToString("O", CultureInfo.InvariantCulture) }, dueAt);
        TicketChangedBookmark.Create(context, number.ToString());
    }

    private async Task AutoCloseAsync(ActivityExecutionContext context, TicketNumber number)
    {
        var waited = context.Get(AutoCloseAfter) is { Length: > 0 } text ? text : AutoCloseDelay.Default;
        var reason = $"No answer from the requester within {waited} of the resolution; closed automatically.";
        var outcome = await BurstTickets.ChangeAsync(context, number, change => change.Ticket.Apply(Close.Automatically(reason, change.At)));
        // A refusal (an S1 or security ticket without a root cause) faults the activity: an operator adds the root cause and retries.
        if (outcome.Refusal is { } refusal)
            throw new InvalidOperationException($"{refusal.RuleId}: {refusal.Message}");
        await context.CompleteAsync("AutoClosed");
    }
}
