using System.Security.Claims;
using IncidentWorkflows.Host.Tickets.Requests;
using IncidentWorkflows.Persistence.HumanTasks;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Tasks;

/// <summary>
/// Claim, unclaim, reassign. A candidate claims an unassigned task (claiming one's own again changes nothing); only the
/// assignee or a manager gives it back or hands it to someone else.
/// </summary>
internal static class TaskAssignment
{
    public static async Task<Ok<TaskDetails>> ClaimAsync(string id, ClaimsPrincipal user, TaskStore store, CancellationToken cancellationToken)
    {
        var caller = TaskCaller.From(user);
        var current = await store.GetAsync(id, caller, cancellationToken);
        if (current.Status == HumanTaskStatus.Open && caller.IsAssignee(current))
            return TypedResults.Ok(TaskDetails.For(current));

        var task = await store.ChangeAsync(id, caller, (task, now) =>
        {
            if (task.Assignee is not null && !caller.IsAssignee(task))
                throw new ConflictException(TaskProblems.ClaimedByOther, $"Task {id} is already claimed by {task.Assignee}.");
            if (!caller.IsCandidate(task) && !caller.IsManager)
                throw new ConflictException(TaskProblems.NotCandidate, $"Task {id} is offered to {task.CandidateGroup ?? task.CandidateRole}, which you are not in.");
            task.Assignee = caller.Name;
            task.ClaimedAt = now;
            return new TaskStep(HumanTaskSteps.Claimed, null, caller.Name);
        }, cancellationToken);
        return TypedResults.Ok(TaskDetails.For(task));
    }

    public static async Task<Ok<TaskDetails>> UnclaimAsync(string id, ClaimsPrincipal user, TaskStore store, CancellationToken cancellationToken)
    {
        var caller = TaskCaller.From(user);
        var task = await store.ChangeAsync(id, caller, (task, _) =>
        {
            RequireAssigneeOrManager(task, caller);
            var old = task.Assignee;
            task.Assignee = null;
            task.ClaimedAt = null;
            return new TaskStep(HumanTaskSteps.Unclaimed, old, null);
        }, cancellationToken);
        return TypedResults.Ok(TaskDetails.For(task));
    }

    public static async Task<Ok<TaskDetails>> ReassignAsync(string id, ReassignTaskRequest body, ClaimsPrincipal user, TaskStore store, CancellationToken cancellationToken)
    {
        new RequestChecks()
            .Require("assignee", body.Assignee, "Name the person (user name) the task goes to.")
            .MaxLength("assignee", body.Assignee, 256).MaxLength("reason", body.Reason, 2000)
            .ThrowIfAny();
        var caller = TaskCaller.From(user);
        var assignee = body.Assignee!.Trim();
        var task = await store.ChangeAsync(id, caller, (task, now) =>
        {
            RequireAssigneeOrManager(task, caller);
            var old = task.Assignee;
            task.Assignee = assignee;
            task.ClaimedAt = now;
            return new TaskStep(HumanTaskSteps.Reassigned, old, assignee, string.IsNullOrWhiteSpace(body.Reason) ? null : body.Reason.Trim());
        }, cancellationToken);
        return TypedResults.Ok(TaskDetails.For(task));
    }

    private static void RequireAssigneeOrManager(HumanTaskRecord task, TaskCaller caller)
    {
        if (!caller.IsAssignee(task) && !caller.IsManager)
            throw new ConflictException(TaskProblems.NotAssignee, $"Only the assignee ({task.Assignee ?? "nobody yet"}) or a service manager may do this with task {task.Id}.");
    }
}
