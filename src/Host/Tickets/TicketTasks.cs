using System.Security.Claims;
using IncidentWorkflows.Host.Tickets.Requests;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Tickets;
using IncidentWorkflows.Persistence.Tickets.Mapping;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Tickets;

internal static class TicketTasks
{
    public static async Task<Created<TicketTask>> AddAsync(string number, TaskRequest body, ClaimsPrincipal user, TicketService tickets, CancellationToken cancellationToken)
    {
        new RequestChecks().MaxLength("title", body.Title, TicketLimits.Title).MaxLength("assignee", body.Assignee, TicketLimits.Person).ThrowIfAny();
        var caller = TicketCaller.From(user);
        TicketTask? task = null;
        var assignee = string.IsNullOrWhiteSpace(body.Assignee) ? null : body.Assignee.Trim();
        var ticket = await tickets.ChangeAsync(TicketRoute.Parse(number), change =>
        {
            var added = change.Ticket.AddTask(body.Title ?? "", body.Mandatory, assignee, caller.Actor, change.At);
            task = added.Value;
            return added.Refusal;
        }, cancellationToken, textField: "title");
        return TypedResults.Created($"{TicketRoute.Location(ticket)}/tasks/{task!.Id}", task);
    }

    public static async Task<Ok<TicketTask>> CompleteAsync(string number, Guid taskId, ClaimsPrincipal user, TicketService tickets, CancellationToken cancellationToken)
    {
        var caller = TicketCaller.From(user);
        var ticket = await tickets.ChangeAsync(TicketRoute.Parse(number), change => change.Ticket.CompleteTask(taskId, caller.Actor, change.At), cancellationToken);
        return TypedResults.Ok(ticket.Tasks.Single(task => task.Id == taskId));
    }

    public static async Task<Ok<TicketTask>> CancelAsync(string number, Guid taskId, CancelTaskRequest body, ClaimsPrincipal user, TicketService tickets, CancellationToken cancellationToken)
    {
        new RequestChecks().MaxLength("reason", body.Reason, TicketLimits.Text).ThrowIfAny();
        var caller = TicketCaller.From(user);
        var ticket = await tickets.ChangeAsync(TicketRoute.Parse(number), change => change.Ticket.CancelTask(taskId, body.Reason ?? "", caller.Actor, change.At), cancellationToken);
        return TypedResults.Ok(ticket.Tasks.Single(task => task.Id == taskId));
    }
}
