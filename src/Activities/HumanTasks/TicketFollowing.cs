using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.HumanTasks;

namespace IncidentWorkflows.Activities.HumanTasks;

/// <summary>
/// A task linked to a ticket reacts to the ticket's changes: without a group of its own it moves with the ticket's support
/// group; once the ticket's work is over (Resolved, Closed, Cancelled) it is obsolete and the activity completes with
/// <c>TicketResolved</c>. Otherwise it keeps waiting, for completion and for the next change.
/// </summary>
internal static class TicketFollowing
{
    public static async Task OnTicketChangedAsync(ActivityExecutionContext context, Bookmark bookmark)
    {
        var taskBookmark = context.Workflow.Bookmarks.Single(b => b.ActivityInstanceId == context.Id && b.Name == HumanTaskBookmarks.Task);
        var task = await HumanTaskLifecycle.LoadAsync(context, taskBookmark.Payload![HumanTaskBookmarks.TaskIdKey]);
        var ticket = bookmark.Payload![HumanTaskBookmarks.TicketKey];
        var facts = await TicketFacts.ReadAsync(context.GetRequiredService<WorkflowDbContext>(), TicketNumber.Parse(ticket), context.CancellationToken);

        if (facts is null || facts.WorkIsOver)
        {
            await HumanTaskLifecycle.CloseAsync(context, task, HumanTaskStatus.Obsolete, HumanTaskSteps.Obsolete, $"Ticket {ticket} is {facts?.Status.ToString() ?? "gone"}.");
            await context.CompleteAsync(HumanTaskBookmarks.TicketResolvedOutcome);
            return;
        }

        if (!task.GroupIsExplicit && !string.Equals(task.CandidateGroup, facts.SupportGroup, StringComparison.Ordinal))
        {
            var old = task.CandidateGroup;
            task.CandidateGroup = facts.SupportGroup;
            task.Version++;
            await HumanTaskLifecycle.RecordAsync(context, task, HumanTaskSteps.GroupChanged, "system", old, facts.SupportGroup, $"Follows ticket {ticket}.");
        }

        context.CreateBookmark(HumanTaskBookmarks.TicketChanged, HumanTaskBookmarks.TicketChangedPayload(ticket));
    }
}
