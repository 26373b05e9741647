using System.Security.Claims;
using IncidentWorkflows.Host.Tickets.Requests;
using IncidentWorkflows.Host.Tickets.Views;
using IncidentWorkflows.Incidents;
using IncidentWorkflows.Persistence.Tickets.Mapping;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Tickets;

internal static class TicketAssignment
{
    /// <summary>A move to another group comes first (it clears the assignee), then the assignee named in the same request.</summary>
    public static async Task<Ok<TicketView>> PutAsync(string number, AssignmentRequest body, ClaimsPrincipal user, TicketChanges changes, CancellationToken cancellationToken)
    {
        new RequestChecks()
            .Check(!string.IsNullOrWhiteSpace(body.Assignee) || !string.IsNullOrWhiteSpace(body.Group), "assignee", RequestChecks.Required,
                "Name an assignee, a group to move the ticket to, or both.")
            .Defined("level", body.Level)
            .MaxLength("assignee", body.Assignee, TicketLimits.Person)
            .MaxLength("group", body.Group, TicketLimits.Name)
            .MaxLength("reason", body.Reason, TicketLimits.Text)
            .ThrowIfAny();
        return TypedResults.Ok(await changes.RunAsync(number, user, (change, caller) =>
        {
            var outcome = Outcome.Accepted;
            if (!string.IsNullOrWhiteSpace(body.Group))
                outcome = change.Ticket.TransferToGroup(body.Group.Trim(), body.Level, body.Reason ?? "", caller.Actor, change.At);
            if (outcome.IsAccepted && !string.IsNullOrWhiteSpace(body.Assignee))
                outcome = change.Ticket.Assign(body.Assignee.Trim(), caller.Actor, change.At);
            return outcome;
        }, cancellationToken));
    }

    public static async Task<Ok<TicketView>> RootCauseAsync(string number, RootCauseRequest body, ClaimsPrincipal user, TicketChanges changes, CancellationToken cancellationToken)
    {
        new RequestChecks().MaxLength("rootCause", body.RootCause, TicketLimits.Text).ThrowIfAny();
        return TypedResults.Ok(await changes.RunAsync(number, user,
            (change, caller) => change.Ticket.RecordRootCause(body.RootCause ?? "", caller.Actor, change.At), cancellationToken, textField: "rootCause"));
    }

    public static async Task<Ok<TicketView>> LessonsLearnedAsync(string number, LessonsLearnedRequest body, ClaimsPrincipal user, TicketChanges changes, CancellationToken cancellationToken)
    {
        new RequestChecks().MaxLength("lessonsLearned", body.LessonsLearned, TicketLimits.Text).ThrowIfAny();
        return TypedResults.Ok(await changes.RunAsync(number, user,
            (change, caller) => change.Ticket.RecordLessonsLearned(body.LessonsLearned ?? "", caller.Actor, change.At), cancellationToken, textField: "lessonsLearned"));
    }

    public static async Task<Ok<TicketView>> AcknowledgeAsync(string number, ClaimsPrincipal user, TicketChanges changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.RunAsync(number, user, (change, caller) => change.Ticket.Acknowledge(caller.Actor, change.At), cancellationToken));
}
