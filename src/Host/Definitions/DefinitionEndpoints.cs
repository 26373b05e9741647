using System.Text.Json.Nodes;
using IncidentWorkflows.Host.Api;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Definitions;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Host.Definitions;

/// <summary>
/// <c>/api/workflow-definitions</c>: reading is for operators (they look at what instances run), changing is for
/// process owners, executing is for runners. Bodies are Elsa 3 workflow JSON, stored as written.
/// </summary>
public static class DefinitionEndpoints
{
    public const string Prefix = "/api/workflow-definitions";
    public const string Tag = "Workflow definitions";

    public static WebApplication MapWorkflowDefinitionEndpoints(this WebApplication app)
    {
        var read = app.MapGroup(Prefix).WithTags(Tag).RequireAuthorization(Policies.Operator).ProducesProblems(401, 403);
        read.MapGet("/", List).WithName("ListWorkflowDefinitions")
            .WithSummary("Latest and published versions of every definition, optionally filtered by text or published state.");
        read.MapGet("/{definitionId}", Get).WithName("GetWorkflowDefinition").ProducesProblems(404)
            .WithSummary("The Elsa JSON of the latest version, or of ?version=N.");

        var owner = app.MapGroup(Prefix).WithTags(Tag).RequireAuthorization(Policies.ProcessOwner).ProducesProblems(401, 403);
        owner.MapPost("/", Create).WithName("CreateWorkflowDefinition").Accepts<JsonObject>("application/json").ProducesProblems(400, 409)
            .WithSummary("Creates a definition as a draft from Elsa JSON (409 when the definition id exists: use PUT).");
        owner.MapPut("/{definitionId}", Update).WithName("UpdateWorkflowDefinition").Accepts<JsonObject>("application/json").ProducesProblems(400, 404, 409)
            .WithSummary("Replaces the draft (a published latest version gets a new draft version); with If-Match, 409 when the definition changed since that ETag.");
        owner.MapDelete("/{definitionId}", Delete).WithName("DeleteWorkflowDefinition").ProducesProblems(404, 409)
            .WithSummary("Deletes every version; refused while instances run on one.");
        owner.MapDefinitionLifecycleEndpoints();
        owner.MapDefinitionImportEndpoints();
        app.MapExecuteEndpoints();
        return app;
    }

    private static async Task<Ok<ItemList<DefinitionSummary>>> List(WorkflowDefinitionService service, string? search, bool? published, CancellationToken cancellationToken) =>
        TypedResults.Ok(ItemList<DefinitionSummary>.Of(await service.ListAsync(search, published, cancellationToken)));

    private static async Task<Ok<JsonObject>> Get(WorkflowDefinitionService service, string definitionId, int? version, HttpResponse response, CancellationToken cancellationToken)
    {
        var (summary, json) = await service.GetAsync(definitionId, version, cancellationToken);
        if (version is null)
            DraftConcurrency.SetTag(response, summary);
        return TypedResults.Ok(DefinitionDocument.ParseObject(json));
    }

    private static async Task<Created<DefinitionSummary>> Create(HttpRequest request, WorkflowDefinitionService service, IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        var json = await RequestText.ReadRequiredAsync(request, cancellationToken);
        if (DefinitionDocument.DefinitionIdOf(DefinitionDocument.ParseObject(json)) is { } definitionId && await DefinitionDocument.ExistsAsync(contexts, definitionId, cancellationToken))
            throw new ConflictException("definition-exists", $"Workflow definition '{definitionId}' already exists; update it with PUT {Prefix}/{definitionId}.");
        var summary = await service.SaveDraftAsync(json, cancellationToken);
        return TypedResults.Created($"{Prefix}/{Uri.EscapeDataString(summary.DefinitionId)}", summary);
    }

    private static async Task<Ok<DefinitionSummary>> Update(string definitionId, HttpRequest request, WorkflowDefinitionService service, IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        var document = DefinitionDocument.ParseObject(await RequestText.ReadRequiredAsync(request, cancellationToken));
        var bodyId = DefinitionDocument.DefinitionIdOf(document);
        if (bodyId is not null && bodyId != definitionId)
            throw new InvalidRequestException("definition-id-mismatch", $"The body is definition '{bodyId}' but the URL names '{definitionId}'.");
        if (!await DefinitionDocument.ExistsAsync(contexts, definitionId, cancellationToken))
            throw new NotFoundException("definition-not-found", $"Workflow definition '{definitionId}' does not exist; create it with POST {Prefix}.");
        document["definitionId"] = definitionId;
        var (saved, tag) = await DraftConcurrency.SaveAsync(request, definitionId, service, () => service.SaveDraftAsync(document.ToJsonString(), cancellationToken), cancellationToken);
        DraftConcurrency.SetTag(request.HttpContext.Response, tag);
        return TypedResults.Ok(saved);
    }

    private static async Task<NoContent> Delete(string definitionId, WorkflowDefinitionService service, CancellationToken cancellationToken)
    {
        await service.DeleteAsync(definitionId, cancellationToken);
        return TypedResults.NoContent();
    }
}
