namespace IncidentWorkflows.Activities.HumanTasks;

/// <summary>The stimuli a task activity waits for, and what the resume input of a completion carries.</summary>
public static class HumanTaskBookmarks
{
    /// <summary>Completion of the task; payload <c>{taskId}</c>.</summary>
    public const string Task = "Incidents.HumanTask";

    /// <summary>A change of the linked ticket; payload <c>{ticket}</c> (display number, e.g. INC-000001).</summary>
    public const string TicketChanged = "Incidents.TicketChanged";

    public const string TaskIdKey = "taskId";
    public const string TicketKey = "ticket";

    public const string OutcomeInput = "outcome";
    public const string DataInput = "data";
    public const string CompletedByInput = "completedBy";

    /// <summary>The outcome of a task closed because its ticket was resolved, closed or cancelled.</summary>
    public const string TicketResolvedOutcome = "TicketResolved";

    public static Dictionary<string, string> TicketChangedPayload(string ticket) => new() { [TicketKey] = ticket };
}
