using System.Text.Json;
using IncidentWorkflows.Engine.Activities.Http;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Host.HttpTriggers;

/// <summary>
/// Finds what a request under <c>/workflows/</c> reaches. Exact paths first (one indexed lookup by stimulus hash, as
/// bookmarks and triggers are stored); only when nothing matches exactly are the paths with placeholders tried.
/// A published trigger wins over waiting instances on the same route, as publishing keeps trigger routes unique.
/// </summary>
public sealed class HttpRouteFinder(IDbContextFactory<WorkflowDbContext> contexts)
{
    private static readonly Dictionary<string, object?> NoRouteValues = [];

    public async Task<HttpMatch?> FindAsync(string path, string method, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await MatchAsync(db, HttpEndpoint.Payload(path, method), NoRouteValues, cancellationToken) is { } exact)
            return exact;

        foreach (var payload in await TemplatesAsync(db, method, cancellationToken))
        {
            if (HttpRouteTemplate.TryMatch(payload["path"], path, out var values) && await MatchAsync(db, payload, values, cancellationToken) is { } match)
                return match;
        }

        return null;
    }

    private static async Task<HttpMatch?> MatchAsync(WorkflowDbContext db, Dictionary<string, string> payload, Dictionary<string, object?> routeValues, CancellationToken cancellationToken)
    {
        var hash = BookmarkHasher.Hash(HttpEndpoint.StimulusName, payload);
        var triggers = await db.Triggers.AsNoTracking().Where(t => t.Hash == hash)
            .Select(t => new { t.DefinitionId, t.DefinitionVersionId, t.ActivityId }).ToListAsync(cancellationToken);
        if (triggers.Count > 0)
            return new HttpMatch(payload, routeValues, triggers.Select(t => new HttpTarget(t.DefinitionId, t.DefinitionVersionId, t.ActivityId)).ToList(), []);

        var waiting = await db.Bookmarks.AsNoTracking().Where(b => b.Hash == hash)
            .Join(db.WorkflowInstances.AsNoTracking(), b => b.InstanceId, i => i.Id, (b, i) => new { i.DefinitionId, i.DefinitionVersionId, b.ActivityId })
            .Distinct().ToListAsync(cancellationToken);
        return waiting.Count == 0 ? null : new HttpMatch(payload, routeValues, [], waiting.Select(w => new HttpTarget(w.DefinitionId, w.DefinitionVersionId, w.ActivityId)).ToList());
    }

    /// <summary>The distinct routes with placeholders for this method, most literal first so <c>orders/new</c> beats <c>orders/{id}</c>.</summary>
    private static async Task<List<Dictionary<string, string>>> TemplatesAsync(WorkflowDbContext db, string method, CancellationToken cancellationToken)
    {
        var triggerPayloads = await db.Triggers.AsNoTracking().Where(t => t.Name == HttpEndpoint.StimulusName).Select(t => t.PayloadJson).Distinct().ToListAsync(cancellationToken);
        var bookmarkPayloads = await db.Bookmarks.AsNoTracking().Where(b => b.Name == HttpEndpoint.StimulusName).Select(b => b.PayloadJson).Distinct().ToListAsync(cancellationToken);
        return triggerPayloads.Concat(bookmarkPayloads).OfType<string>().Distinct()
            .Select(json => JsonSerializer.Deserialize<Dictionary<string, string>>(json))
            .OfType<Dictionary<string, string>>()
            .Where(p => p.TryGetValue("path", out var path) && HttpRouteTemplate.HasPlaceholders(path)
                && p.TryGetValue("method", out var m) && string.Equals(m, method, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p["path"].Count(c => c == '{')).ThenByDescending(p => p["path"].Length)
            .ToList();
    }
}
