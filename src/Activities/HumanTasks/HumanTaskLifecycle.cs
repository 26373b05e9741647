using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Values;
using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.HumanTasks;
using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Tickets;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Activities.HumanTasks;

/// <summary>The task row's life inside the workflow's bursts: opened, completed, cancelled. Only staged, never saved here.</summary>
internal static class HumanTaskLifecycle
{
    public static async Task OpenAsync(ActivityExecutionContext context, HumanTaskOpening opening)
    {
        var db = context.GetRequiredService<WorkflowDbContext>();
        var now = context.Time.GetUtcNow();
        string? ticket = null;
        TicketFacts? facts = null;
        if (!string.IsNullOrWhiteSpace(opening.Ticket))
        {
            if (!TicketNumber.TryParse(opening.Ticket, out var number))
                throw new InvalidOperationException($"'{opening.Ticket}' is not a ticket number like INC-000123.");
            ticket = number.ToString();
            facts = await TicketFacts.ReadAsync(db, number, context.CancellationToken)
                ?? throw new InvalidOperationException($"Ticket {ticket} does not exist.");
        }

        var taskId = Guid.CreateVersion7(now).ToString("N");
        var bookmark = context.CreateBookmark(HumanTaskBookmarks.Task, new Dictionary<string, string> { [HumanTaskBookmarks.TaskIdKey] = taskId });
        var explicitGroup = string.IsNullOrWhiteSpace(opening.CandidateGroup) ? null : opening.CandidateGroup.Trim();
        var task = new HumanTaskRecord
        {
            Id = taskId,
            InstanceId = context.WorkflowInstanceId,
            BookmarkId = bookmark.Id,
            ActivityId = context.Activity.Id,
            ActivityInstanceId = context.Id,
            ActivityType = context.Activity.Type,
            Title = opening.Title,
            Instructions = InstructionTemplate.Render(context, opening.Instructions, facts),
            // Without a group of its own, a ticket's task goes to whoever works the ticket, and follows it (TicketFollowing).
            CandidateGroup = explicitGroup ?? facts?.SupportGroup,
            GroupIsExplicit = explicitGroup is not null,
            CandidateRole = string.IsNullOrWhiteSpace(opening.CandidateRole) ? null : opening.CandidateRole.Trim(),
            Assignee = string.IsNullOrWhiteSpace(opening.Assignee) ? null : opening.Assignee.Trim(),
            FieldsJson = HumanTaskJson.Write(opening.Fields),
            OutcomesJson = HumanTaskJson.Write(opening.Outcomes),
            PayloadJson = opening.Payload is null ? null : JsonValues.ToJson(opening.Payload),
            Status = HumanTaskStatus.Open,
            DueAt = opening.DueIn is { } dueIn ? now + dueIn : null,
            TicketNumber = ticket,
            CreatedAt = now,
            ClaimedAt = string.IsNullOrWhiteSpace(opening.Assignee) ? null : now,
        };
        db.HumanTasks.Add(task);
        await RecordAsync(context, task, HumanTaskSteps.Created, Actor.System.Id, null, task.Assignee ?? task.CandidateGroup ?? task.CandidateRole, null);
        if (ticket is not null)
            context.CreateBookmark(HumanTaskBookmarks.TicketChanged, HumanTaskBookmarks.TicketChangedPayload(ticket));
    }

    public static async Task<HumanTaskCompletion> CompleteAsync(ActivityExecutionContext context, Bookmark bookmark)
    {
        var task = await LoadAsync(context, bookmark.Payload![HumanTaskBookmarks.TaskIdKey]);
        var input = context.Workflow.ResumeInput;
        var outcomes = HumanTaskJson.Outcomes(task);
        var outcome = input.GetValueOrDefault(HumanTaskBookmarks.OutcomeInput) as string ?? (outcomes.Count > 0 ? outcomes[0] : "Done");
        // The inbox checks this first; a resume by bookmark id that names no offered outcome must not route anywhere.
        if (!outcomes.Contains(outcome))
            throw new InvalidOperationException($"Task {task.Id} has no outcome '{outcome}'; it offers {string.Join(", ", outcomes)}.");
        var data = ValueConverter.Normalize(input.GetValueOrDefault(HumanTaskBookmarks.DataInput)) as Dictionary<string, object?> ?? [];
        var by = input.GetValueOrDefault(HumanTaskBookmarks.CompletedByInput) as string ?? Actor.System.Id;

        task.Status = HumanTaskStatus.Completed;
        task.ClosedAt = context.Time.GetUtcNow();
        task.CompletedBy = by;
        task.Outcome = outcome;
        task.DataJson = JsonValues.ToJson(data);
        task.Version++;
        await RecordAsync(context, task, HumanTaskSteps.Completed, by, HumanTaskStatus.Open.ToString(), outcome, null);
        return new HumanTaskCompletion(outcome, data, by);
    }

    /// <summary>Closes the task as <paramref name="status"/> (Cancelled or Obsolete) if it is still open.</summary>
    public static async Task CloseAsync(ActivityExecutionContext context, HumanTaskRecord task, HumanTaskStatus status, string step, string? note)
    {
        task.Status = status;
        task.ClosedAt = context.Time.GetUtcNow();
        task.Version++;
        await RecordAsync(context, task, step, Actor.System.Id, HumanTaskStatus.Open.ToString(), status.ToString(), note);
    }

    /// <summary>The engine's cancel hook is synchronous; the row is read and closed just before the burst is staged.</summary>
    public static void Cancel(ActivityExecutionContext context)
    {
        if (context.GetService<DeferredBurstWork>() is not { } deferred)
            return;
        var db = context.GetRequiredService<WorkflowDbContext>();
        var (instanceId, activityInstanceId) = (context.WorkflowInstanceId, context.Id);
        deferred.Add(async cancellationToken =>
        {
            var task = await db.HumanTasks.FirstOrDefaultAsync(
                t => t.InstanceId == instanceId && t.ActivityInstanceId == activityInstanceId && t.Status == HumanTaskStatus.Open, cancellationToken);
            if (task is not null)
                await CloseAsync(context, task, HumanTaskStatus.Cancelled, HumanTaskSteps.Cancelled, "The workflow no longer waits for this task.");
        });
    }

    public static async Task<HumanTaskRecord> LoadAsync(ActivityExecutionContext context, string taskId) =>
        await context.GetRequiredService<WorkflowDbContext>().HumanTasks.SingleOrDefaultAsync(t => t.Id == taskId, context.CancellationToken)
        ?? throw new InvalidOperationException($"Human task {taskId} does not exist.");

    public static Task RecordAsync(ActivityExecutionContext context, HumanTaskRecord task, string step, string actor, string? oldValue, string? newValue, string? note) =>
        HumanTaskHistory.RecordAsync(
            context.GetRequiredService<WorkflowDbContext>(), context.GetRequiredService<TicketSession>(), task, step, actor,
            context.Time.GetUtcNow(), oldValue, newValue, note, context.CancellationToken);
}
