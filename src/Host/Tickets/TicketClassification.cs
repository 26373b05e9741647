using System.Security.Claims;
using IncidentWorkflows.Host.Tickets.Requests;
using IncidentWorkflows.Host.Tickets.Views;
using IncidentWorkflows.Incidents;
using IncidentWorkflows.Persistence.Tickets;
using IncidentWorkflows.Persistence.Tickets.Mapping;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Tickets;

internal static class TicketClassification
{
    /// <summary>The overrides apply in one transaction: a refused one (say S2 on a Pending ticket) keeps the others from applying too.</summary>
    public static async Task<Ok<TicketView>> PutAsync(string number, ClassificationRequest body, ClaimsPrincipal user, TicketChanges changes, CancellationToken cancellationToken)
    {
        new RequestChecks()
            .Check(body.Severity is not null || body.Priority is not null || !string.IsNullOrWhiteSpace(body.Category), "severity", RequestChecks.Required,
                "Give a severity, a priority or a category to change.")
            .Defined("severity", body.Severity)
            .Defined("priority", body.Priority)
            .MaxLength("category", body.Category, TicketLimits.Name)
            .MaxLength("subcategory", body.Subcategory, TicketLimits.Name)
            .MaxLength("reason", body.Reason, TicketLimits.Text)
            .ThrowIfAny();
        var reason = body.Reason ?? "";
        return TypedResults.Ok(await changes.RunAsync(number, user, (change, caller) =>
        {
            var (ticket, process, at) = (change.Ticket, change.Process, change.At);
            var outcome = Outcome.Accepted;
            if (!string.IsNullOrWhiteSpace(body.Category))
                outcome = ticket.Recategorize(body.Category.Trim(), body.Subcategory?.Trim(), reason, process.Categories, process.SlaPolicies, caller.Actor, at);
            if (outcome.IsAccepted && body.Severity is { } severity && severity != ticket.Severity)
                outcome = ticket.OverrideSeverity(severity, reason, process.SlaPolicies, caller.Actor, at);
            if (outcome.IsAccepted && body.Priority is { } priority && priority != ticket.Priority)
                outcome = ticket.OverridePriority(priority, reason, process.SlaPolicies, caller.Actor, at);
            return outcome;
        }, cancellationToken));
    }
}
