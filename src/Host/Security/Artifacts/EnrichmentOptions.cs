namespace IncidentWorkflows.Host.Security.Artifacts;

/// <summary>
/// <c>Security:Enrichment</c>: the internal asset inventory, allow and deny lists (values compared case-insensitively),
/// and an optional external service.
/// </summary>
public sealed class EnrichmentOptions
{
    public const string Section = "Security:Enrichment";

    public List<AssetEntry> Assets { get; set; } = [];
    public List<string> AllowList { get; set; } = [];
    public List<string> DenyList { get; set; } = [];

    /// <summary>An HTTP service that answers <c>POST {kind, value}</c> with <c>{verdict, detail}</c>; none when empty.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>Sent as <c>Authorization: Bearer …</c> to the service when set.</summary>
    public string? ServiceToken { get; set; }
}

/// <summary>An asset of the inventory: a host name, IP address or account, with its owner and criticality.</summary>
public sealed class AssetEntry
{
    public string Value { get; set; } = "";
    public string? Owner { get; set; }
    public string? Criticality { get; set; }
}
