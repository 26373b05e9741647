namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>A piece of the work, for another technician or department. An open mandatory task blocks resolving.</summary>
public sealed class TicketTask
{
    private TicketTask()
    {
    }

    internal TicketTask(Guid id, string title, bool isMandatory, string? assigneeId, DateTimeOffset createdAt)
    {
        Id = id;
        Title = title;
        IsMandatory = isMandatory;
        AssigneeId = assigneeId;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    public bool IsMandatory { get; private set; }

    /// <summary>A person or group id.</summary>
    public string? AssigneeId { get; private set; }

    public TaskState State { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    public string? CancelReason { get; private set; }

    public bool IsOpen => State == TaskState.Open;

    internal void Close(TaskState state, Actor by, DateTimeOffset at, string? cancelReason)
    {
        State = state;
        ClosedBy = by.Id;
        ClosedAt = at;
        CancelReason = cancelReason;
    }
}
