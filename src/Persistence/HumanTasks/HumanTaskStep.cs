namespace IncidentWorkflows.Persistence.HumanTasks;

/// <summary>One step in a task's life (see <see cref="HumanTaskSteps"/>): who, when, old → new. Never changed once written.</summary>
public sealed class HumanTaskStep
{
    public long Id { get; set; }
    public string TaskId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Actor { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
    public string? Note { get; set; }
}

/// <summary>The stable names of task steps, stored and shown in the inbox and on the ticket timeline.</summary>
public static class HumanTaskSteps
{
    public const string Created = "created";
    public const string Claimed = "claimed";
    public const string Unclaimed = "unclaimed";
    public const string Reassigned = "reassigned";
    public const string GroupChanged = "group-changed";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
    public const string Obsolete = "obsolete";
}
