using System.Security.Claims;
using IncidentWorkflows.Activities.HumanTasks;
using IncidentWorkflows.Persistence.HumanTasks;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Tasks;

/// <summary>
/// Completes a task: the assignee, a candidate while nobody claimed it, or a manager; the outcome and form are checked,
/// then the task's bookmark is resumed. Consuming that bookmark row is what decides the race: exactly one completion
/// resumes the workflow (which closes the task in the same transaction), every other gets 409 <c>task-already-completed</c>.
/// </summary>
internal static class CompleteTask
{
    public static async Task<Ok<TaskDetails>> HandleAsync(
        string id, CompleteTaskRequest body, ClaimsPrincipal user, TaskStore store, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var caller = TaskCaller.From(user);
        var task = await store.GetAsync(id, caller, cancellationToken);
        if (task.Status != HumanTaskStatus.Open)
            throw TaskProblems.Closed(task);
        if (task.Assignee is not null && !caller.IsAssignee(task) && !caller.IsManager)
            throw new ConflictException(TaskProblems.ClaimedByOther, $"Task {id} is claimed by {task.Assignee}.");
        if (task.Assignee is null && !caller.IsCandidate(task) && !caller.IsManager)
            throw new ConflictException(TaskProblems.NotCandidate, $"Task {id} is offered to {task.CandidateGroup ?? task.CandidateRole}, which you are not in.");
        var data = TaskForm.Check(task, body);

        try
        {
            await runtime.ResumeAsync(task.BookmarkId, new Dictionary<string, object?>
            {
                [HumanTaskBookmarks.OutcomeInput] = body.Outcome,
                [HumanTaskBookmarks.DataInput] = data,
                [HumanTaskBookmarks.CompletedByInput] = caller.Name,
            }, cancellationToken);
        }
        catch (RuntimeException e) when (e is NotFoundException or ConflictException)
        {
            // Someone else's completion (or the task's end) consumed the bookmark first; say how the task ended.
            var now = await store.GetAsync(id, caller, cancellationToken);
            throw now.Status == HumanTaskStatus.Open
                ? new ConflictException(TaskProblems.Changed, $"Task {id} was being changed at the same time; try again.")
                : TaskProblems.Closed(now);
        }

        return TypedResults.Ok(TaskDetails.For(await store.GetAsync(id, caller, cancellationToken)));
    }
}
