using IncidentWorkflows.Host.Api;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Persistence.Queries;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Instances;

/// <summary><c>/api/workflow-instances</c>: operators find, inspect, cancel and retry instances.</summary>
public static class InstanceEndpoints
{
    public static WebApplication MapWorkflowInstanceEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/workflow-instances").WithTags("Workflow instances")
            .RequireAuthorization(Policies.Operator).ProducesProblems(401, 403);
        group.MapGet("/", List).WithName("ListWorkflowInstances").ProducesProblems(400)
            .WithSummary("Instances, newest first, filtered by definition, status, sub-status, correlation id or text; with the total count.");
        group.MapGet("/{id}", Get).WithName("GetWorkflowInstance").ProducesProblems(404)
            .WithSummary("One instance with its bookmarks, incidents and output.");
        group.MapGet("/{id}/journal", Journal).WithName("GetWorkflowInstanceJournal").ProducesProblems(404)
            .WithSummary("The instance's activity executions in order, paged (page is zero-based).");
        group.MapPost("/{id}/cancel", Cancel).WithName("CancelWorkflowInstance").ProducesProblems(404, 409)
            .WithSummary("Cancels a running instance; 409 when it has finished.");
        group.MapPost("/{id}/retry", Retry).WithName("RetryWorkflowInstance").ProducesProblems(404, 409)
            .WithSummary("Runs a faulted instance again from the activity that faulted; 409 when it is not faulted.");
        return app;
    }

    private static async Task<Ok<PagedResponse<InstanceSummary>>> List([AsParameters] InstanceListQuery query, InstanceQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(PagedResponse<InstanceSummary>.From(await queries.ListAsync(query.ToFilter(), cancellationToken)));

    private static async Task<Ok<InstanceDetails>> Get(string id, InstanceQueries queries, CancellationToken cancellationToken)
    {
        var (summary, details) = await queries.GetAsync(id, cancellationToken);
        return TypedResults.Ok(InstanceDetails.From(summary, details));
    }

    private static async Task<Ok<PagedResponse<JournalItem>>> Journal(string id, int? page, int? pageSize, InstanceQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(PagedResponse<JournalItem>.From(await queries.JournalAsync(id, page ?? 0, pageSize ?? 100, cancellationToken)));

    private static async Task<Ok<InstanceResult>> Cancel(string id, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        TypedResults.Ok(await runtime.CancelAsync(id, cancellationToken));

    private static async Task<Ok<InstanceResult>> Retry(string id, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        TypedResults.Ok(await runtime.RetryAsync(id, cancellationToken));
}
