using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Tickets;

namespace IncidentWorkflows.Persistence.HumanTasks;

/// <summary>
/// Writes a task's step twice, in the caller's transaction: in the task's own history, and, for a task linked to a ticket,
/// on the ticket's timeline, so the people following the ticket see who took, handed on or finished its work.
/// </summary>
public static class HumanTaskHistory
{
    public static async Task RecordAsync(
        WorkflowDbContext db, TicketSession tickets, HumanTaskRecord task, string kind, string actor, DateTimeOffset at,
        string? oldValue, string? newValue, string? note, CancellationToken cancellationToken)
    {
        db.HumanTaskSteps.Add(new HumanTaskStep
        {
            TaskId = task.Id, Kind = kind, Actor = actor, At = at, OldValue = oldValue, NewValue = newValue, Note = note,
        });
        if (!TicketNumber.TryParse(task.TicketNumber, out var number))
            return;

        var by = actor == Actor.System.Id ? Actor.System : Actor.Staff(actor);
        // A missing ticket is refused by the session and leaves the task's own history as the record.
        await tickets.ChangeAsync(number, change => change.Ticket.RecordTaskEvent(task.Id, task.Title, kind, oldValue, newValue, note, by, change.At), cancellationToken);
    }
}
