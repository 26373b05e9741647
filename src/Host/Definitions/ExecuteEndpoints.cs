using IncidentWorkflows.Host.Api;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IncidentWorkflows.Host.Definitions;

/// <summary>
/// <c>/{definitionId}/execute</c> starts the published version and runs it until it finishes or waits. As in Elsa,
/// GET and POST both work, with or without a body or content type.
/// </summary>
public static class ExecuteEndpoints
{
    public static WebApplication MapExecuteEndpoints(this WebApplication app)
    {
        var group = app.MapGroup(DefinitionEndpoints.Prefix).WithTags(DefinitionEndpoints.Tag)
            .RequireAuthorization(Policies.Runner).ProducesProblems(400, 401, 403, 404, 409);
        group.MapPost("/{definitionId}/execute", Post).WithName("ExecuteWorkflowDefinition")
            .WithSummary("Starts an instance of the published version with optional input, correlation id and idempotency key.");
        group.MapGet("/{definitionId}/execute", Get).WithName("ExecuteWorkflowDefinitionByGet")
            .WithSummary("Starts an instance of the published version without input (?correlationId= optional).");
        return app;
    }

    private static async Task<Ok<InstanceResult>> Post(
        string definitionId,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] ExecuteRequest? body,
        [FromQuery] string? correlationId,
        WorkflowRuntime runtime,
        CancellationToken cancellationToken)
    {
        var request = new StartWorkflowRequest(definitionId, WorkflowInput.From(body?.Input), body?.CorrelationId ?? correlationId, body?.IdempotencyKey);
        return TypedResults.Ok(await runtime.StartAsync(request, cancellationToken));
    }

    private static async Task<Ok<InstanceResult>> Get(string definitionId, string? correlationId, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        TypedResults.Ok(await runtime.StartAsync(new StartWorkflowRequest(definitionId, CorrelationId: correlationId), cancellationToken));
}
