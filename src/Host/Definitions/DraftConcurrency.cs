using IncidentWorkflows.Persistence.Definitions;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.Net.Http.Headers;

namespace IncidentWorkflows.Host.Definitions;

/// <summary>
/// Optimistic concurrency for saving drafts: <c>GET</c> and <c>PUT</c> answer an <c>ETag</c> naming the latest version's
/// state; a <c>PUT</c> with <c>If-Match</c> is refused (409 <c>definition-changed</c>) when someone saved, published or
/// reverted since, instead of silently overwriting their work. Without <c>If-Match</c> the last save wins, as before.
/// </summary>
public static class DraftConcurrency
{
    // One process checks and saves at a time, so two saves holding the same tag cannot both pass the check.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static string TagOf(DefinitionSummary latest) =>
        $"\"{latest.Version}-{latest.UpdatedAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"";

    public static void SetTag(HttpResponse response, DefinitionSummary latest) => response.Headers[HeaderNames.ETag] = TagOf(latest);

    public static async Task<DefinitionSummary> SaveAsync(HttpRequest request, string definitionId, WorkflowDefinitionService service, Func<Task<DefinitionSummary>> save, CancellationToken cancellationToken)
    {
        var expected = request.Headers.IfMatch.ToString();
        if (string.IsNullOrEmpty(expected) || expected == "*")
            return await save();

        await Gate.WaitAsync(cancellationToken);
        try
        {
            var (latest, _) = await service.GetAsync(definitionId, null, cancellationToken);
            if (TagOf(latest) != expected)
                throw new ConflictException("definition-changed",
                    $"Workflow definition '{definitionId}' changed since you opened it (now version {latest.Version}, saved {latest.UpdatedAt:u}); reload it before saving, or your changes would overwrite someone else's.");
            return await save();
        }
        finally
        {
            Gate.Release();
        }
    }
}
