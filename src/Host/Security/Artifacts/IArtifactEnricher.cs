using IncidentWorkflows.Incidents.SecurityIncidents;

namespace IncidentWorkflows.Host.Security.Artifacts;

/// <summary>
/// Tells what is known about an indicator: an asset of ours, an allowed or a denied value, a verdict of an external
/// service. Enrichers are registered in the container (<c>IEnumerable&lt;IArtifactEnricher&gt;</c>); add one to plug in a source.
/// </summary>
public interface IArtifactEnricher
{
    string Name { get; }

    /// <summary>The finding, or null when the enricher knows nothing about the indicator.</summary>
    Task<Enrichment?> EnrichAsync(Indicator indicator, CancellationToken cancellationToken);
}

/// <summary>One enricher's finding: a verdict and a short explanation.</summary>
public sealed record Enrichment(string Enricher, ArtifactVerdict Verdict, string Detail);

/// <summary>From least to most alarming; an artifact keeps the worst verdict any enricher gave.</summary>
public enum ArtifactVerdict
{
    Unknown,
    Known,
    Allowed,
    Suspicious,
    Malicious,
}
