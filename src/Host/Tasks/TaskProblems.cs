using IncidentWorkflows.Persistence.HumanTasks;
using IncidentWorkflows.Persistence.Runtime;

namespace IncidentWorkflows.Host.Tasks;

/// <summary>The stable problem types of the inbox (<c>https://incidentworkflows.dev/problems/NAME</c>).</summary>
public static class TaskProblems
{
    public const string NotFound = "task-not-found";
    public const string AlreadyCompleted = "task-already-completed";
    public const string NotOpen = "task-not-open";
    public const string ClaimedByOther = "task-claimed-by-other";
    public const string NotAssignee = "task-not-assignee";
    public const string NotCandidate = "task-not-candidate";
    public const string Changed = "task-changed";
    public const string ScopeForbidden = "task-scope-forbidden";
    public const string OutcomeUnknown = "task-outcome-unknown";
    public const string FieldRequired = "task-field-required";
    public const string FieldUnknown = "task-field-unknown";
    public const string FieldType = "task-field-type";
    public const string FieldOption = "task-field-option";
    public const string FieldRange = "task-field-range";
    public const string FieldTooLong = "task-field-too-long";
    public const string FieldPattern = "task-field-pattern";

    public static NotFoundException TaskNotFound(string id) => new(NotFound, $"There is no task '{id}' in your inbox.");

    /// <summary>A task that is no longer open: a completed one says so (the race's losers get this), others say how they ended.</summary>
    public static ConflictException Closed(HumanTaskRecord task) => task.Status == HumanTaskStatus.Completed
        ? new ConflictException(AlreadyCompleted, $"Task {task.Id} was completed by {task.CompletedBy} with '{task.Outcome}'.")
        : new ConflictException(NotOpen, $"Task {task.Id} is {task.Status}; it can no longer be worked.");
}
