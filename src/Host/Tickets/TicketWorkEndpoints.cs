using IncidentWorkflows.Host.Api;
using IncidentWorkflows.Host.Auth;

namespace IncidentWorkflows.Host.Tickets;

/// <summary>Working a ticket besides its status: comments (requesters too, public only), tasks, classification, assignment, root cause.</summary>
public static class TicketWorkEndpoints
{
    public static WebApplication MapTicketWorkEndpoints(this WebApplication app)
    {
        var participants = app.MapGroup(TicketRoute.Prefix).WithTags(TicketEndpoints.Tag)
            .RequireAuthorization(Policies.TicketReporter).ProducesProblems(400, 401, 403, 404, 409);
        participants.MapPost("/{number}/comments", TicketComments.AddAsync).WithName("AddTicketComment")
            .WithSummary("Adds a public update (the requester sees it; a staff member's first one is the first response) or an internal note (staff only).");

        var staff = app.MapGroup(TicketRoute.Prefix).WithTags(TicketEndpoints.Tag)
            .RequireAuthorization(Policies.Staff).ProducesProblems(400, 401, 403, 404, 409);
        staff.MapPost("/{number}/tasks", TicketTasks.AddAsync).WithName("AddTicketTask")
            .WithSummary("Splits off a task for a person or group; a mandatory task blocks resolving until it is completed or cancelled.");
        staff.MapPost("/{number}/tasks/{taskId:guid}/complete", TicketTasks.CompleteAsync).WithName("CompleteTicketTask")
            .WithSummary("Marks a task done.");
        staff.MapPost("/{number}/tasks/{taskId:guid}/cancel", TicketTasks.CancelAsync).WithName("CancelTicketTask")
            .WithSummary("Drops a task that is no longer needed, with a reason; it no longer blocks resolving.");
        staff.MapPut("/{number}/classification", TicketClassification.PutAsync).WithName("ClassifyTicket")
            .WithSummary("Overrides severity, priority and/or category with a reason; the SLA policy is chosen again, paused time kept.");
        staff.MapPut("/{number}/assignment", TicketAssignment.PutAsync).WithName("AssignTicket")
            .WithSummary("Names the assignee and/or moves the ticket to another group or support level (with a reason).");
        staff.MapPut("/{number}/root-cause", TicketAssignment.RootCauseAsync).WithName("RecordTicketRootCause")
            .WithSummary("Records the root cause (or a reference to the analysis), required before closing S1 and security tickets.");
        staff.MapPut("/{number}/lessons-learned", TicketAssignment.LessonsLearnedAsync).WithName("RecordTicketLessonsLearned")
            .WithSummary("Records the lessons learned (or a reference to the report), required with the root cause before closing S1 and security tickets.");
        staff.MapPost("/{number}/acknowledge", TicketAssignment.AcknowledgeAsync).WithName("AcknowledgeTicket")
            .WithSummary("An engineer has taken note of the ticket: stops the S1 acknowledge clock. Repeating it changes nothing.");
        return app;
    }
}
