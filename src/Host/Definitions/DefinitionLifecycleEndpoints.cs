using System.Text;
using IncidentWorkflows.Host.Api;
using IncidentWorkflows.Persistence.Definitions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Definitions;

/// <summary>Publishing, retracting and the version history of one definition.</summary>
public static class DefinitionLifecycleEndpoints
{
    public static RouteGroupBuilder MapDefinitionLifecycleEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/{definitionId}/publish", Publish).WithName("PublishWorkflowDefinition").ProducesProblems(400, 404)
            .WithSummary("Publishes the latest version; refused (400 with the issues) when it does not validate.");
        group.MapPost("/{definitionId}/retract", Retract).WithName("RetractWorkflowDefinition").ProducesProblems(409)
            .WithSummary("Takes the published version out of service; running instances continue.");
        group.MapGet("/{definitionId}/versions", Versions).WithName("ListWorkflowDefinitionVersions").ProducesProblems(404)
            .WithSummary("Every version, oldest first.");
        group.MapPost("/{definitionId}/versions/{version:int}/revert", Revert).WithName("RevertWorkflowDefinition").ProducesProblems(404)
            .WithSummary("Makes an old version current again as a new draft version.");
        group.MapDelete("/{definitionId}/versions/{version:int}", DeleteVersion).WithName("DeleteWorkflowDefinitionVersion").ProducesProblems(404, 409)
            .WithSummary("Deletes one version; refused while instances run on it.");
        group.MapGet("/{definitionId}/export", Export).WithName("ExportWorkflowDefinition").ProducesProblems(404)
            .Produces<string>(StatusCodes.Status200OK, "application/json")
            .WithSummary("The latest version (or ?version=N) as an Elsa JSON file with $schema.");
        return group;
    }

    private static async Task<Ok<DefinitionSummary>> Publish(string definitionId, WorkflowDefinitionService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.PublishAsync(definitionId, cancellationToken));

    private static async Task<Ok<DefinitionSummary>> Retract(string definitionId, WorkflowDefinitionService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.RetractAsync(definitionId, cancellationToken));

    private static async Task<Ok<ItemList<DefinitionSummary>>> Versions(string definitionId, WorkflowDefinitionService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(ItemList<DefinitionSummary>.Of(await service.VersionsAsync(definitionId, cancellationToken)));

    private static async Task<Ok<DefinitionSummary>> Revert(string definitionId, int version, WorkflowDefinitionService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.RevertAsync(definitionId, version, cancellationToken));

    private static async Task<NoContent> DeleteVersion(string definitionId, int version, WorkflowDefinitionService service, CancellationToken cancellationToken)
    {
        await service.DeleteVersionAsync(definitionId, version, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> Export(string definitionId, int? version, WorkflowDefinitionService service, CancellationToken cancellationToken)
    {
        var json = await service.ExportAsync(definitionId, version, cancellationToken);
        return TypedResults.File(Encoding.UTF8.GetBytes(json), "application/json", $"{definitionId}.json");
    }
}
