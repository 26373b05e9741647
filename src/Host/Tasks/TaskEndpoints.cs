using IncidentWorkflows.Host.Api;
using IncidentWorkflows.Host.Auth;

namespace IncidentWorkflows.Host.Tasks;

/// <summary>
/// <c>/api/tasks</c>: the inbox of human tasks that workflows wait for. Staff only (requesters and integration keys get 403).
/// </summary>
public static class TaskEndpoints
{
    public const string Tag = "Tasks";

    public static IServiceCollection AddTaskInbox(this IServiceCollection services)
    {
        services.AddSingleton<TaskChangeFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<TaskChangeFeed>());
        return services.AddSingleton<TaskStore>();
    }

    public static WebApplication MapTaskEndpoints(this WebApplication app)
    {
        // Security tasks are for the ISO groups only (SecurityTaskFilter), whatever the inbox rules below allow.
        var group = app.MapGroup("/api/tasks").WithTags(Tag).RequireAuthorization(Policies.Staff).ProducesProblems(401, 403)
            .AddEndpointFilter<Security.SecurityTaskFilter>();
        group.MapGet("/", ListTasks.HandleAsync).WithName("ListTasks").ProducesProblems(400)
            .WithSummary("Tasks, due first: scope inbox (default: mine and my groups'), mine, groups or all (managers); filters status (default Open), group, ticket, assignee, dueBefore; page from 0.");
        group.MapGet("/stream", TaskStream.Handle).WithName("TaskStream")
            .WithSummary("Server-sent events: a `tasks` event (data: a change stamp) whenever any task is created or changes; the inbox then reads its list again.");
        group.MapGet("/{id}", GetTask.HandleAsync).WithName("GetTask").ProducesProblems(404)
            .WithSummary("One task with its form fields, outcomes, payload, result and history.");
        group.MapPost("/{id}/claim", TaskAssignment.ClaimAsync).WithName("ClaimTask").ProducesProblems(404, 409)
            .WithSummary("Takes an unassigned task offered to one of your groups or roles.");
        group.MapPost("/{id}/unclaim", TaskAssignment.UnclaimAsync).WithName("UnclaimTask").ProducesProblems(404, 409)
            .WithSummary("Gives the task back to its group (the assignee or a manager).");
        group.MapPost("/{id}/reassign", TaskAssignment.ReassignAsync).WithName("ReassignTask").ProducesProblems(400, 404, 409)
            .WithSummary("Hands the task to another person, with a reason (the assignee or a manager).");
        group.MapPost("/{id}/complete", CompleteTask.HandleAsync).WithName("CompleteTask").ProducesProblems(400, 404, 409)
            .WithSummary("Completes the task with an outcome and the form's data; the workflow goes on. Exactly one completion wins; the others get 409.");
        return app;
    }
}
