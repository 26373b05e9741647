using System.Security.Claims;
using IncidentWorkflows.Host.Api;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Host.Tickets.Requests;
using IncidentWorkflows.Host.Tickets.Views;
using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using IncidentWorkflows.Persistence.Tickets.Mapping;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IncidentWorkflows.Host.Tickets;

/// <summary>
/// One POST per status change, named after the trigger (<see cref="TransitionPaths"/>), each with the data that change
/// needs. A change the status rules refuse is a 409 whose type is the rule (<c>transition-not-allowed</c>,
/// <c>pending-forbidden-for-s1-s2</c>, ...); missing data is a 400 naming the field. Reopen, close and cancel are the
/// requester's own moves, so requesters may call them on their tickets; the others are for staff.
/// </summary>
public static class TicketTransitionEndpoints
{
    public static WebApplication MapTicketTransitionEndpoints(this WebApplication app)
    {
        var staff = app.MapGroup(TicketRoute.Prefix).WithTags(TicketEndpoints.Tag)
            .RequireAuthorization(Policies.Staff).ProducesProblems(400, 401, 403, 404, 409);
        staff.MapPost("/{number}/start-work", StartWorkAsync).WithName("StartTicketWork")
            .WithSummary("New → InProgress: an engineer owns the ticket and starts (optionally naming the assignee).");
        staff.MapPost("/{number}/escalate", EscalateAsync).WithName("EscalateTicket")
            .WithSummary("InProgress → Escalated: handed outside the operations team; says to whom and why.");
        staff.MapPost("/{number}/return-from-escalation", ReturnAsync).WithName("ReturnTicketFromEscalation")
            .WithSummary("Escalated → InProgress: the outside party handed it back.");
        staff.MapPost("/{number}/put-on-hold", PutOnHoldAsync).WithName("PutTicketOnHold")
            .WithSummary("InProgress → Pending: SLA clocks stop. Refused for S1/S2 unless the customer decided it (pending-forbidden-for-s1-s2).");
        staff.MapPost("/{number}/resume", ResumeAsync).WithName("ResumeTicket")
            .WithSummary("Pending → InProgress: the SLA clocks run again from their elapsed time.");
        staff.MapPost("/{number}/resolve", ResolveAsync).WithName("ResolveTicket")
            .WithSummary("InProgress/Escalated → Resolved with a documented workaround or fix; refused while a mandatory task is open.");

        var requesters = app.MapGroup(TicketRoute.Prefix).WithTags(TicketEndpoints.Tag)
            .RequireAuthorization(Policies.TicketReporter).ProducesProblems(400, 401, 403, 404, 409);
        requesters.MapPost("/{number}/reopen", ReopenAsync).WithName("ReopenTicket")
            .WithSummary("Resolved → InProgress: the requester is not satisfied (staff name the requester in onBehalfOf).");
        requesters.MapPost("/{number}/close", CloseAsync).WithName("CloseTicket")
            .WithSummary("Resolved → Closed: the requester acknowledges the resolution (staff name the requester in acknowledgedBy).");
        requesters.MapPost("/{number}/cancel", CancelAsync).WithName("CancelTicket")
            .WithSummary("→ Cancelled at the customer's request (staff name the customer in requestedBy).");
        return app;
    }

    private static Task<Ok<TicketView>> StartWorkAsync(string number, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] StartWorkRequest? body, ClaimsPrincipal user, TicketChanges changes, CancellationToken cancellationToken)
    {
        new RequestChecks().MaxLength("assignee", body?.Assignee, TicketLimits.Person).ThrowIfAny();
        return Run(number, user, changes, (c, caller) => c.Ticket.Apply(new StartWork(caller.Actor, c.At, Trim(body?.Assignee))), cancellationToken);
    }

    private static Task<Ok<TicketView>> EscalateAsync(string number, EscalateRequest body, ClaimsPrincipal user, TicketChanges changes, CancellationToken cancellationToken)
    {
        new RequestChecks().MaxLength("to", body.To, TicketLimits.Person).MaxLength("reason", body.Reason, TicketLimits.Text).ThrowIfAny();
        return Run(number, user, changes, (c, caller) => c.Ticket.Apply(new Escalate(caller.Actor, c.At, body.To ?? "", body.Reason ?? "")), cancellationToken);
    }

    private static Task<Ok<TicketView>> ReturnAsync(string number, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] NoteRequest? body, ClaimsPrincipal user, TicketChanges changes, CancellationToken cancellationToken) =>
        Run(number, user, changes, (c, caller) => c.Ticket.Apply(new ReturnFromEscalation(caller.Actor, c.At, Trim(body?.Note))), cancellationToken);

    private static Task<Ok<TicketView>> PutOnHoldAsync(string number, PutOnHoldRequest body, ClaimsPrincipal user, TicketChanges changes, CancellationToken cancellationToken)
    {
        new RequestChecks()
            .Require("reason", body.Reason, $"Say why the ticket waits: one of {string.Join(", ", Enum.GetNames<PendingReason>())}.")
            .Defined("reason", body.Reason)
            .MaxLength("explanation", body.Explanation, TicketLimits.Text)
            .MaxLength("decidedBy", body.DecidedBy, TicketLimits.Person)
            .MaxLength("blockingTicket", body.BlockingTicket, TicketLimits.Name)
            .ThrowIfAny();
        return Run(number, user, changes, (c, caller) => c.Ticket.Apply(new PutOnHold(
            caller.Actor, c.At, body.Reason!.Value, body.Explanation ?? "", Customer(body.DecidedBy), Trim(body.BlockingTicket))), cancellationToken);
    }

    private static Task<Ok<TicketView>> ResumeAsync(string number, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] NoteRequest? body, ClaimsPrincipal user, TicketChanges changes, CancellationToken cancellationToken) =>
        Run(number, user, changes, (c, caller) => c.Ticket.Apply(new Resume(caller.Actor, c.At, Trim(body?.Note))), cancellationToken);

    private static Task<Ok<TicketView>> ResolveAsync(string number, ResolveRequest body, ClaimsPrincipal user, TicketChanges changes, CancellationToken cancellationToken)
    {
        new RequestChecks()
            .Require("kind", body.Kind, "Say whether the resolution is a Workaround or a PermanentFix.")
            .Defined("kind", body.Kind)
            .MaxLength("resolution", body.Resolution, TicketLimits.Text)
            .ThrowIfAny();
        return Run(number, user, changes, (c, caller) => c.Ticket.Apply(new Resolve(caller.Actor, c.At, body.Kind!.Value, body.Resolution ?? "")), cancellationToken);
    }

    private static Task<Ok<TicketView>> ReopenAsync(string number, ReopenRequest body, ClaimsPrincipal user, TicketChanges changes, CancellationToken cancellationToken)
    {
        new RequestChecks().MaxLength("reason", body.Reason, TicketLimits.Text).MaxLength("onBehalfOf", body.OnBehalfOf, TicketLimits.Person).ThrowIfAny();
        return Run(number, user, changes, (c, caller) => c.Ticket.Apply(new Reopen(
            caller.Actor, c.At, body.Reason ?? "", caller.IsStaffSide ? Requester(body.OnBehalfOf) : null)), cancellationToken);
    }

    private static Task<Ok<TicketView>> CloseAsync(string number, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] CloseRequest? body, ClaimsPrincipal user, TicketChanges changes, CancellationToken cancellationToken)
    {
        new RequestChecks().MaxLength("acknowledgedBy", body?.AcknowledgedBy, TicketLimits.Person).ThrowIfAny();
        return Run(number, user, changes, (c, caller) => c.Ticket.Apply(new Close(
            caller.Actor, c.At, CloseKind.RequesterAcknowledged, caller.IsStaffSide ? Requester(body?.AcknowledgedBy) : null)), cancellationToken);
    }

    private static Task<Ok<TicketView>> CancelAsync(string number, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] CancelRequest? body, ClaimsPrincipal user, TicketChanges changes, CancellationToken cancellationToken)
    {
        new RequestChecks().MaxLength("reason", body?.Reason, TicketLimits.Text).MaxLength("requestedBy", body?.RequestedBy, TicketLimits.Person).ThrowIfAny();
        return Run(number, user, changes, (c, caller) => c.Ticket.Apply(new Cancel(
            caller.Actor, c.At, caller.IsStaffSide ? Customer(body?.RequestedBy) ?? caller.Actor : caller.Actor, Trim(body?.Reason))), cancellationToken);
    }

    private static async Task<Ok<TicketView>> Run(string number, ClaimsPrincipal user, TicketChanges changes, Func<Persistence.Tickets.TicketChange, TicketCaller, Outcome> command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.RunAsync(number, user, command, cancellationToken));

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Someone on the customer's side, named by staff recording their decision.</summary>
    private static Actor? Customer(string? id) => Trim(id) is { } named ? Actor.Customer(named) : null;

    private static Actor? Requester(string? id) => Trim(id) is { } named ? Actor.Requester(named) : null;
}
