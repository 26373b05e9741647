using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Model;
using IncidentWorkflows.Engine.Serialization;
using IncidentWorkflows.Engine.Validation;
using IncidentWorkflows.Host.Api;
using IncidentWorkflows.Persistence.Definitions;
using IncidentWorkflows.Persistence.Runtime;

namespace IncidentWorkflows.Host.Definitions;

/// <summary>One document of an import request: its JSON and where it came from (for the definition's history).</summary>
public sealed record ImportDocument(string Source, string Json)
{
    /// <summary>
    /// The documents of an import request: multipart files, or a JSON body holding one definition or an array of them
    /// (a file may hold an array too).
    /// </summary>
    public static async Task<List<ImportDocument>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var documents = new List<ImportDocument>();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            foreach (var file in form.Files)
            {
                using var reader = new StreamReader(file.OpenReadStream());
                documents.AddRange(Split(await reader.ReadToEndAsync(cancellationToken), $"import:{Path.GetFileName(file.FileName)}"));
            }
        }
        else
        {
            documents.AddRange(Split(await RequestText.ReadRequiredAsync(request, cancellationToken), "import"));
        }

        return documents.Count > 0 ? documents : throw new InvalidRequestException("no-documents", "The request holds no workflow definition to import.");
    }

    /// <summary>
    /// Checks every document before any is stored, so a bad document in a batch leaves nothing half-imported: each must
    /// parse, and each that will be published must validate.
    /// </summary>
    public static void CheckAll(IReadOnlyList<ImportDocument> documents, WorkflowDefinitionService service)
    {
        for (var i = 0; i < documents.Count; i++)
        {
            var label = documents.Count == 1 ? "The document" : $"Document {i + 1} of {documents.Count}";
            WorkflowDefinition definition;
            try
            {
                definition = WorkflowJsonReader.Parse(documents[i].Json);
            }
            catch (WorkflowJsonException e)
            {
                throw new InvalidRequestException("invalid-json", $"{label} is not a workflow definition: {e.Message}; nothing was imported.",
                    [new ValidationIssue(ValidationSeverity.Error, ValidationRules.InvalidJson, e.Message, Property: e.Path)]);
            }

            var errors = definition.IsPublished ? service.Validate(documents[i].Json).Where(x => x.Severity == ValidationSeverity.Error).ToList() : [];
            if (errors.Count > 0)
                throw new InvalidRequestException("invalid-definition", $"{label} ('{definition.DefinitionId}') has {errors.Count} validation error(s); nothing was imported.", errors);
        }
    }

    private static IEnumerable<ImportDocument> Split(string text, string source)
    {
        if (!text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('['))
            return [new ImportDocument(source, text)];
        if (DefinitionDocument.Parse(text) is not JsonArray array)
            throw new InvalidRequestException("invalid-json", "Expected an array of workflow definitions.");
        return array.Select(item => item is JsonObject obj
            ? new ImportDocument(source, obj.ToJsonString())
            : throw new InvalidRequestException("invalid-json", "Every element of an import array must be a workflow definition object."));
    }
}
