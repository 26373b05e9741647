namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>What a timeline entry is about; stable strings because they are stored and filtered on.</summary>
public static class TimelineSubjects
{
    public const string Created = "created";
    public const string Status = "status";
    public const string Severity = "severity";
    public const string Priority = "priority";
    public const string Category = "category";
    public const string SupportGroup = "support-group";
    public const string SupportLevel = "support-level";
    public const string Assignee = "assignee";
    public const string Acknowledged = "acknowledged";
    public const string FirstResponse = "first-response";
    public const string Pending = "pending";
    public const string EscalatedTo = "escalated-to";
    public const string Resolution = "resolution";
    public const string Reopened = "reopened";
    public const string Closure = "closure";
    public const string Cancellation = "cancellation";
    public const string Task = "task";
    public const string Comment = "comment";
    public const string RootCause = "root-cause";
    public const string LessonsLearned = "lessons-learned";
    public const string SlaPolicy = "sla-policy";
    public const string SlaWarning = "sla-warning";
    public const string SlaBreach = "sla-breach";
    public const string HierarchicalNotice = "hierarchical-notice";
    public const string Correction = "correction";

    /// <summary>A step of a workflow's human task linked to the ticket (created, claimed, completed, ...).</summary>
    public const string HumanTask = "human-task";
}
