using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Activities.Triage;

/// <summary>Applies a workflow's severity or priority override through the domain, so the rules and the timeline are the API's.</summary>
internal static class TriageOverride
{
    /// <summary>False after faulting the activity (an unknown value, a missing reason, a refusal of the domain).</summary>
    public static async Task<bool> ApplyAsync(ActivityExecutionContext context, Ticket ticket, string? severityText, string? priorityText, string? reason)
    {
        Severity? severity = null;
        Priority? priority = null;
        if (!string.IsNullOrWhiteSpace(severityText))
        {
            if (!Enum.TryParse<Severity>(severityText.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                return Fail(context, $"Severity '{severityText}' is not one of S1, S2, S3, S4.");
            severity = parsed;
        }

        if (!string.IsNullOrWhiteSpace(priorityText))
        {
            if (!Enum.TryParse<Priority>(priorityText.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                return Fail(context, $"Priority '{priorityText}' is not one of P1, P2, P3, P4.");
            priority = parsed;
        }

        if ((severity is null || severity == ticket.Severity) && (priority is null || priority == ticket.Priority))
            return true;

        var outcome = await Tickets.BurstTickets.ChangeAsync(context, ticket.DisplayNumber, change =>
        {
            var policies = change.Process.SlaPolicies;
            if (severity is { } s && s != change.Ticket.Severity && change.Ticket.OverrideSeverity(s, reason ?? "", policies, Actor.System, change.At) is { IsAccepted: false } refused)
                return refused;
            return priority is { } p && p != change.Ticket.Priority
                ? change.Ticket.OverridePriority(p, reason ?? "", policies, Actor.System, change.At)
                : Outcome.Accepted;
        });
        if (outcome.Refusal is { } refusal)
            return Fail(context, $"Triage of {ticket.DisplayNumber} was refused: {refusal.Message}", refusal.RuleId);

        // The session loads through the same change tracker, so `ticket` is the instance it changed.
        return true;
    }

    private static bool Fail(ActivityExecutionContext context, string message, string code = "triage-invalid")
    {
        context.Fault(message, code: code);
        return false;
    }
}
