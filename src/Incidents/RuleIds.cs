namespace IncidentWorkflows.Incidents;

/// <summary>
/// Stable ids of every rule that can refuse a command. They are part of the API contract (the ProblemDetails
/// <c>type</c> will be built from them), so an id is never renamed; a changed rule gets a new id.
/// </summary>
public static class RuleIds
{
    // Status transitions (process.md §2; the table is Tickets/Transitions/TicketTransitionTable.cs).
    public const string TransitionNotAllowed = "transition-not-allowed";
    public const string AssigneeRequired = "assignee-required";
    public const string EscalationTargetRequired = "escalation-target-required";
    public const string EscalationReasonRequired = "escalation-reason-required";
    public const string PendingReasonRequired = "pending-reason-required";
    public const string PendingForbiddenForS1S2 = "pending-forbidden-for-s1-s2";
    public const string PendingCustomerDecisionRequired = "pending-customer-decision-required";
    public const string PendingBlockingTicketRequired = "pending-blocking-ticket-required";
    public const string ResolutionRequired = "resolution-required";
    public const string MandatoryTaskOpen = "mandatory-task-open";
    public const string ReopenRequiresRequester = "reopen-requires-requester";
    public const string ReopenReasonRequired = "reopen-reason-required";
    public const string CloseRequiresRequesterAcknowledgement = "close-requires-requester-acknowledgement";
    public const string AutoCloseRequiresSystem = "auto-close-requires-system";
    public const string AutoCloseReasonRequired = "auto-close-reason-required";
    public const string RootCauseRequired = "root-cause-required";
    public const string LessonsLearnedRequired = "lessons-learned-required";
    public const string CancelRequiresCustomer = "cancel-requires-customer";

    // Changes to a ticket outside the status transitions.
    public const string TicketClosed = "ticket-closed";
    public const string OverrideReasonRequired = "override-reason-required";
    public const string ReasonRequired = "reason-required";
    public const string TextRequired = "text-required";
    public const string TaskNotFound = "task-not-found";
    public const string TaskAlreadyClosed = "task-already-closed";
    public const string TimelineEntryNotFound = "timeline-entry-not-found";
    public const string NoNextSupportLevel = "no-next-support-level";

    // Security tickets carry no sensitive detail in what the requester sees (process.md §1).
    public const string IndicatorInPublicText = "security-indicator-in-public-text";

    // Intake and configuration lookups.
    public const string UnknownCategory = "unknown-category";
    public const string NoRoutingRule = "no-routing-rule";
    public const string NoSlaPolicy = "no-sla-policy";
}
