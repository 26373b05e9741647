using IncidentWorkflows.Engine.Validation;
using IncidentWorkflows.Incidents;
using IncidentWorkflows.Persistence.Runtime;

namespace IncidentWorkflows.Persistence.Tickets;

/// <summary>
/// Turns a domain refusal into the runtime's error kinds, which the API answers as ProblemDetails typed by the rule id:
/// missing or wrong data is a 400 naming the field to fix; a rule about the ticket's state (or who may act on it) is a
/// 409, since the same request may succeed once the ticket has moved on; an unknown ticket or task is a 404.
/// </summary>
public static class RefusalErrors
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        [RuleIds.AssigneeRequired] = "assignee",
        [RuleIds.EscalationTargetRequired] = "to",
        [RuleIds.EscalationReasonRequired] = "reason",
        [RuleIds.PendingReasonRequired] = "explanation",
        [RuleIds.PendingCustomerDecisionRequired] = "decidedBy",
        [RuleIds.PendingBlockingTicketRequired] = "blockingTicket",
        [RuleIds.ResolutionRequired] = "resolution",
        [RuleIds.ReopenReasonRequired] = "reason",
        [RuleIds.AutoCloseReasonRequired] = "reason",
        [RuleIds.OverrideReasonRequired] = "reason",
        [RuleIds.ReasonRequired] = "reason",
        [RuleIds.TextRequired] = "text",
        [RuleIds.UnknownCategory] = "category",
        [RuleIds.IndicatorInPublicText] = "text",
    };

    private static readonly HashSet<string> Missing = new([TicketRules.TicketNotFound, RuleIds.TaskNotFound, RuleIds.TimelineEntryNotFound], StringComparer.Ordinal);

    /// <param name="fieldOverride">The request field for rules whose field depends on the operation (a comment's text, a task's title).</param>
    public static RuntimeException ToException(Refusal refusal, string? fieldOverride = null)
    {
        if (Missing.Contains(refusal.RuleId))
            return new NotFoundException(refusal.RuleId, refusal.Message);
        if (!Fields.TryGetValue(refusal.RuleId, out var field))
            return new ConflictException(refusal.RuleId, refusal.Message);

        var issue = new ValidationIssue(ValidationSeverity.Error, refusal.RuleId, refusal.Message, Property: fieldOverride ?? field);
        return new InvalidRequestException(refusal.RuleId, refusal.Message, [issue]);
    }
}
