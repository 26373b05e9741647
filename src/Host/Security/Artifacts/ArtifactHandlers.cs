using System.Security.Claims;
using System.Text.Json;
using IncidentWorkflows.Host.Tickets.Requests;
using IncidentWorkflows.Incidents.SecurityIncidents;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Host.Security.Artifacts;

/// <summary>Extracts typed indicators from text (logs, a mail, notes), enriches and keeps them; lists a ticket's artifacts.</summary>
internal static class ArtifactHandlers
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<Ok<List<ArtifactView>>> ExtractAsync(
        string number, ExtractArtifactsRequest body, ClaimsPrincipal user, IEnumerable<IArtifactEnricher> enrichers,
        IDbContextFactory<WorkflowDbContext> contexts, TimeProvider time, CancellationToken cancellationToken)
    {
        new RequestChecks().Require("text", body.Text, "Give the text to extract indicators from.").MaxLength("text", body.Text, 200_000).ThrowIfAny();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ticket = await SecurityTickets.RequireAsync(db, number, cancellationToken);
        var known = await db.SecurityArtifacts.Where(a => a.TicketNumber == ticket).ToListAsync(cancellationToken);
        foreach (var indicator in IndicatorExtractor.Extract(body.Text))
        {
            if (known.Any(a => a.Kind == indicator.Kind.ToString() && a.Value == indicator.Value))
                continue;
            var findings = new List<Enrichment>();
            foreach (var enricher in enrichers)
            {
                if (await enricher.EnrichAsync(indicator, cancellationToken) is { } finding)
                    findings.Add(finding);
            }

            var artifact = new ArtifactRecord
            {
                Id = Guid.CreateVersion7(time.GetUtcNow()).ToString("N"),
                TicketNumber = ticket,
                Kind = indicator.Kind.ToString(),
                Value = indicator.Value,
                Verdict = (findings.Count == 0 ? ArtifactVerdict.Unknown : findings.Max(f => f.Verdict)).ToString(),
                EnrichmentJson = JsonSerializer.Serialize(findings, Json),
                AddedBy = user.Identity?.Name ?? "unknown",
                AddedAt = time.GetUtcNow(),
            };
            db.SecurityArtifacts.Add(artifact);
            known.Add(artifact);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(known.Select(ArtifactView.For).ToList());
    }

    public static async Task<Ok<List<ArtifactView>>> ListAsync(string number, IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ticket = await SecurityTickets.RequireAsync(db, number, cancellationToken);
        var artifacts = await db.SecurityArtifacts.AsNoTracking().Where(a => a.TicketNumber == ticket).OrderBy(a => a.AddedAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(artifacts.Select(ArtifactView.For).ToList());
    }
}

public sealed record ExtractArtifactsRequest(string? Text);

public sealed record ArtifactView(string Id, string Kind, string Value, string Verdict, JsonElement Enrichment, string AddedBy, DateTimeOffset AddedAt)
{
    public static ArtifactView For(ArtifactRecord a) => new(a.Id, a.Kind, a.Value, a.Verdict, JsonDocument.Parse(a.EnrichmentJson).RootElement.Clone(), a.AddedBy, a.AddedAt);
}
