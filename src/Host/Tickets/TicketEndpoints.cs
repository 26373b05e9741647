using IncidentWorkflows.Host.Api;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Host.Tickets.Views;

namespace IncidentWorkflows.Host.Tickets;

/// <summary>
/// <c>/api/tickets</c>: report, list and read tickets (requesters too, for their own), move them through their statuses
/// (<see cref="TicketTransitionEndpoints"/>) and work them (<see cref="TicketWorkEndpoints"/>).
/// </summary>
public static class TicketEndpoints
{
    public const string Tag = "Tickets";

    public static IServiceCollection AddTicketApi(this IServiceCollection services)
    {
        services.AddSingleton<TicketViews>();
        services.AddSingleton<TicketChanges>();
        return services;
    }

    public static WebApplication MapTicketEndpoints(this WebApplication app)
    {
        var group = app.MapGroup(TicketRoute.Prefix).WithTags(Tag)
            .RequireAuthorization(Policies.TicketReporter).ProducesProblems(401, 403);
        group.MapPost("/", CreateTicket.HandleAsync).WithName("CreateTicket").ProducesProblems(400, 409)
            .WithSummary("Logs a ticket: triage proposes severity and priority from impact and reach, routing picks the L1 group, the SLA clocks start.");
        group.MapGet("/", ListTickets.HandleAsync).WithName("ListTickets").ProducesProblems(400)
            .WithSummary("Tickets, newest first, filtered (status, severity, priority, kind, category, group, assignee, requester, search), with totalCount. Requesters see their own.");
        group.MapGet("/{number}", GetTicket.HandleAsync).WithName("GetTicket").ProducesProblems(404)
            .WithSummary("One ticket by number (INC-000123): the whole ticket for staff, the requester view for its requester.");
        app.MapTicketTransitionEndpoints();
        app.MapTicketWorkEndpoints();
        return app;
    }
}
