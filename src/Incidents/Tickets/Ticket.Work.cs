namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>Tasks and the root cause.</summary>
public sealed partial class Ticket
{
    public Outcome<TicketTask> AddTask(string title, bool isMandatory, string? assigneeId, Actor by, DateTimeOffset at)
    {
        if (RefuseWhenEnded("adding a task") is { } refusal)
        {
            return Outcome<TicketTask>.Refused(refusal);
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            return Outcome<TicketTask>.Refused(new(RuleIds.TextRequired, "A task needs a title."));
        }

        var task = new TicketTask(Guid.CreateVersion7(at), title.Trim(), isMandatory, assigneeId, at);
        tasks.Add(task);
        Record(by, at, TimelineSubjects.Task, null, task.Title, isMandatory ? "Mandatory task added." : "Task added.");
        return Outcome<TicketTask>.Accepted(task);
    }

    public Outcome CompleteTask(Guid taskId, Actor by, DateTimeOffset at) => CloseTask(taskId, TaskState.Done, null, by, at);

    /// <summary>Drops a task with a reason; a dropped mandatory task no longer blocks resolving, and the timeline says why.</summary>
    public Outcome CancelTask(Guid taskId, string reason, Actor by, DateTimeOffset at) =>
        string.IsNullOrWhiteSpace(reason)
            ? Outcome.Refused(RuleIds.ReasonRequired, "Say why the task is no longer needed.")
            : CloseTask(taskId, TaskState.Cancelled, reason, by, at);

    /// <summary>Records the root cause (or a reference to the RCA document; its sensitive parts stay out of the ticket).</summary>
    public Outcome RecordRootCause(string rootCause, Actor by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(rootCause))
        {
            return Outcome.Refused(RuleIds.TextRequired, "Describe the root cause or reference the analysis.");
        }

        Record(by, at, TimelineSubjects.RootCause, RootCause, rootCause);
        RootCause = rootCause;
        return Outcome.Accepted;
    }

    private Outcome CloseTask(Guid taskId, TaskState state, string? reason, Actor by, DateTimeOffset at)
    {
        if (RefuseWhenEnded("changing a task") is { } refusal)
        {
            return refusal;
        }

        var task = tasks.FirstOrDefault(candidate => candidate.Id == taskId);
        if (task is null)
        {
            return Outcome.Refused(RuleIds.TaskNotFound, $"Ticket {DisplayNumber} has no task {taskId}.");
        }

        if (!task.IsOpen)
        {
            return Outcome.Refused(RuleIds.TaskAlreadyClosed, $"Task '{task.Title}' is already {task.State}.");
        }

        task.Close(state, by, at, reason);
        Record(by, at, TimelineSubjects.Task, nameof(TaskState.Open), state.ToString(), reason ?? task.Title);
        return Outcome.Accepted;
    }
}
