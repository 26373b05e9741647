using System.Security.Claims;
using IncidentWorkflows.Host.Errors;
using IncidentWorkflows.Host.Tickets.Requests;
using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Tickets;
using IncidentWorkflows.Persistence.Tickets.Mapping;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Tickets;

internal static class TicketComments
{
    /// <summary>Staff write internal notes unless they say Public, so nothing reaches the requester by accident.</summary>
    public static async Task<Results<Created<Comment>, ProblemHttpResult>> AddAsync(
        string number, CommentRequest body, ClaimsPrincipal user, TicketService tickets, CancellationToken cancellationToken)
    {
        new RequestChecks().Defined("visibility", body.Visibility).MaxLength("text", body.Text, TicketLimits.Text).ThrowIfAny();
        var caller = TicketCaller.From(user);
        if (!caller.IsStaffSide && body.Visibility == Visibility.Internal)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, type: ProblemTypes.Uri(ProblemTypes.Forbidden),
                title: "Forbidden", detail: "Requesters write public comments only; internal notes are for staff.");
        }

        var visibility = body.Visibility ?? (caller.IsStaffSide ? Visibility.Internal : Visibility.Public);
        var parsed = TicketRoute.Parse(number);
        Comment? comment = null;
        var ticket = await tickets.ChangeAsync(parsed, change =>
        {
            if (!caller.MaySee(change.Ticket))
                return TicketRules.NotFound(parsed);
            var added = change.Ticket.AddComment(body.Text ?? "", visibility, caller.Actor, change.At);
            comment = added.Value;
            return added.Refusal;
        }, cancellationToken);
        return TypedResults.Created($"{TicketRoute.Location(ticket)}#comment-{comment!.Id}", comment);
    }
}
