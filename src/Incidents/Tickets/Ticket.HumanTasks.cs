namespace IncidentWorkflows.Incidents.Tickets;

public sealed partial class Ticket
{
    /// <summary>
    /// Records a step of a workflow's human task linked to this ticket (internal: requesters do not see the team's work).
    /// Accepted in every status, like internal notes: a task may still be closed after the ticket was.
    /// </summary>
    public Outcome RecordTaskEvent(string taskId, string taskTitle, string step, string? oldValue, string? newValue, string? note, Actor by, DateTimeOffset at)
    {
        var text = note is null ? $"{step}: {taskTitle} ({taskId})" : $"{step}: {taskTitle} ({taskId}): {note}";
        Record(by, at, TimelineSubjects.HumanTask, oldValue, newValue, text);
        return Outcome.Accepted;
    }
}
