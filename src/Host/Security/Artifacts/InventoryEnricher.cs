using IncidentWorkflows.Incidents.SecurityIncidents;
using Microsoft.Extensions.Options;

namespace IncidentWorkflows.Host.Security.Artifacts;

/// <summary>The built-in enricher: the deny list first (a denied value is malicious whatever else it is), then the allow list, then the asset inventory.</summary>
internal sealed class InventoryEnricher(IOptionsMonitor<EnrichmentOptions> options) : IArtifactEnricher
{
    public string Name => "inventory";

    public Task<Enrichment?> EnrichAsync(Indicator indicator, CancellationToken cancellationToken)
    {
        var current = options.CurrentValue;
        Enrichment? finding = null;
        if (current.DenyList.Contains(indicator.Value, StringComparer.OrdinalIgnoreCase))
            finding = new Enrichment(Name, ArtifactVerdict.Malicious, "On the deny list.");
        else if (current.AllowList.Contains(indicator.Value, StringComparer.OrdinalIgnoreCase))
            finding = new Enrichment(Name, ArtifactVerdict.Allowed, "On the allow list.");
        else if (current.Assets.FirstOrDefault(a => string.Equals(a.Value, indicator.Value, StringComparison.OrdinalIgnoreCase)) is { } asset)
            finding = new Enrichment(Name, ArtifactVerdict.Known, $"Inventory asset; owner {asset.Owner ?? "unknown"}, criticality {asset.Criticality ?? "unknown"}.");
        return Task.FromResult(finding);
    }
}
