using Microsoft.Extensions.Logging;

namespace IncidentWorkflows.Persistence.Definitions;

/// <summary>
/// Imports the <c>workflows/</c> folder at start: an unchanged file does nothing, a changed file becomes a new
/// published version (running instances stay on theirs), a broken file is logged and skipped, never fatal.
/// </summary>
public sealed class WorkflowFolderImporter(WorkflowDefinitionService definitions, ILogger<WorkflowFolderImporter> logger)
{
    public async Task<IReadOnlyList<(string File, ImportOutcome? Outcome, string? Error)>> ImportAsync(string folder, CancellationToken cancellationToken)
    {
        var results = new List<(string, ImportOutcome?, string?)>();
        if (!Directory.Exists(folder))
            return results;

        foreach (var file in Directory.GetFiles(folder, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            try
            {
                var result = await definitions.ImportAsync(await File.ReadAllTextAsync(file, cancellationToken), $"file:workflows/{name}", cancellationToken);
                logger.LogInformation("Workflow file {File}: {Outcome} ({DefinitionId} v{Version})", name, result.Outcome, result.Definition.DefinitionId, result.Definition.Version);
                results.Add((name, result.Outcome, null));
            }
            catch (Runtime.RuntimeException e)
            {
                logger.LogError("Workflow file {File} was not imported: {Reason}", name, e.Message);
                results.Add((name, null, e.Message));
            }
        }

        return results;
    }
}
