namespace IncidentWorkflows.Persistence.HumanTasks;

/// <summary>
/// One human task: what a person must do for a waiting workflow (title, instructions, form, outcomes), who may do it,
/// and how it ended. Written by the activity in its burst's transaction; claimed, reassigned and completed through the inbox.
/// </summary>
public sealed class HumanTaskRecord
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";

    /// <summary>The bookmark that completing the task resumes; consuming it is what makes one completion win.</summary>
    public string BookmarkId { get; set; } = "";

    public string ActivityId { get; set; } = "";

    /// <summary>The activity execution inside the instance, so a cancellation finds its task.</summary>
    public int ActivityInstanceId { get; set; }

    /// <summary><c>Incidents.HumanTask</c> or <c>Elsa.RunTask</c>.</summary>
    public string ActivityType { get; set; } = "";

    public string Title { get; set; } = "";
    public string? Instructions { get; set; }
    public string? CandidateGroup { get; set; }
    public string? CandidateRole { get; set; }

    /// <summary>True when the workflow named the group: the task then no longer follows the ticket's support group.</summary>
    public bool GroupIsExplicit { get; set; }

    public string? Assignee { get; set; }
    public string FieldsJson { get; set; } = "[]";
    public string OutcomesJson { get; set; } = "[\"Done\"]";

    /// <summary>What <c>Elsa.RunTask</c> was given, shown to the person; null for <c>Incidents.HumanTask</c>.</summary>
    public string? PayloadJson { get; set; }

    public HumanTaskStatus Status { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public string? TicketNumber { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? CompletedBy { get; set; }
    public string? Outcome { get; set; }
    public string? DataJson { get; set; }

    /// <summary>Bumped by every change; two changes made from the same reading cannot both be saved.</summary>
    public int Version { get; set; }

    public List<HumanTaskStep> History { get; set; } = [];
}
