using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Validation;
using IncidentWorkflows.Host.Api;
using IncidentWorkflows.Host.Errors;
using IncidentWorkflows.Persistence.Definitions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Definitions;

/// <summary>Validation report of <c>POST /validate</c>: a definition with issues is a normal answer here, not an error.</summary>
public sealed record ValidationReport(bool IsValid, IReadOnlyList<ProblemIssue> Issues);

public static class DefinitionImportEndpoints
{
    public static RouteGroupBuilder MapDefinitionImportEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/import", Import).WithName("ImportWorkflowDefinitions")
            .Accepts<JsonNode>("application/json", "multipart/form-data").ProducesProblems(400)
            .WithSummary("Imports Elsa JSON: one definition, an array, or multipart files. Unchanged documents are skipped; all are checked before any is stored.");
        group.MapPost("/validate", Validate).WithName("ValidateWorkflowDefinition").Accepts<JsonObject>("application/json").ProducesProblems(400)
            .WithSummary("Validates a definition without storing it.");
        return group;
    }

    private static async Task<Ok<ItemList<ImportResult>>> Import(HttpRequest request, WorkflowDefinitionService service, CancellationToken cancellationToken)
    {
        var documents = await ImportDocument.ReadAsync(request, cancellationToken);
        ImportDocument.CheckAll(documents, service);
        var results = new List<ImportResult>();
        foreach (var document in documents)
            results.Add(await service.ImportAsync(document.Json, document.Source, cancellationToken));
        return TypedResults.Ok(ItemList<ImportResult>.Of(results));
    }

    private static async Task<Ok<ValidationReport>> Validate(HttpRequest request, WorkflowDefinitionService service, CancellationToken cancellationToken)
    {
        var issues = service.Validate(await RequestText.ReadRequiredAsync(request, cancellationToken));
        return TypedResults.Ok(new ValidationReport(issues.All(i => i.Severity != ValidationSeverity.Error), ProblemIssue.From(issues)));
    }
}
