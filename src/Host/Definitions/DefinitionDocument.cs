using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Host.Definitions;

/// <summary>What the endpoints need to know about a definition document before handing it to the definition service.</summary>
public static class DefinitionDocument
{
    // The same leniency as the workflow reader: files written by people may carry comments and trailing commas.
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static JsonNode Parse(string json) =>
        JsonNode.Parse(json.TrimStart('\uFEFF'), documentOptions: Lenient)
        ?? throw new InvalidRequestException("invalid-json", "The request body is JSON null; send a workflow definition.");

    public static JsonObject ParseObject(string json) =>
        Parse(json) as JsonObject ?? throw new InvalidRequestException("invalid-json", "A workflow definition must be a JSON object.");

    /// <summary>The document's definition id, or null when it has none (the service then makes one up).</summary>
    public static string? DefinitionIdOf(JsonObject document) =>
        document["definitionId"] is JsonValue value && value.TryGetValue<string>(out var id) && id.Length > 0 ? id : null;

    public static async Task<bool> ExistsAsync(IDbContextFactory<WorkflowDbContext> contexts, string definitionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WorkflowDefinitions.AnyAsync(d => d.DefinitionId == definitionId, cancellationToken);
    }
}
