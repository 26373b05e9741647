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

    public static void SetTag(HttpResponse response, DefinitionSummary latest) => SetTag(response, TagOf(latest));

    public static void SetTag(HttpResponse response, string tag) => response.Headers[HeaderNames.ETag] = tag;

    /// <summary>
    /// Saves when the request's <c>If-Match</c> (if any) still names the latest version, and returns the saved summary with
    /// the tag of what is now stored, read back inside the same gate (the database may keep timestamps less precisely than
    /// the saved record holds them, and no other save may slip in between).
    /// </summary>
    public static async Task<(DefinitionSummary Saved, string Tag)> SaveAsync(HttpRequest request, string definitionId, WorkflowDefinitionService service, Func<Task<DefinitionSummary>> save, CancellationToken cancellationToken)
    {
        var expected = request.Headers.IfMatch.ToString();
        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (!string.IsNullOrEmpty(expected) && expected != "*")
            {
                var (latest, _) = await service.GetAsync(definitionId, null, cancellationToken);
                if (TagOf(latest) != expected)
                    throw new ConflictException("definition-changed",
                        $"Workflow definition '{definitionId}' changed since you opened it (now version {latest.Version}, saved {latest.UpdatedAt:u}); reload it before saving, or your changes would overwrite someone else's.");
            }

            var saved = await save();
            var (stored, _) = await service.GetAsync(definitionId, null, cancellationToken);
            return (saved, TagOf(stored));
        }
        finally
        {
            Gate.Release();
        }
    }
}
