namespace IncidentWorkflows.Persistence.Alerts;

/// <summary>
/// One alert as every source's parser delivers it. <see cref="SourceKey"/> is the source's own identity of the alert
/// (fingerprint, dedup_key, event id, alert cycle key, generic key): with the integration it is the dedup identity.
/// </summary>
public sealed record CanonicalAlert
{
    public required string SourceKey { get; init; }

    public required AlertState State { get; init; }

    public required string Title { get; init; }

    public string Description { get; init; } = "";

    /// <summary>The source's severity word (critical, warning, 4, P2, ...), for the record and for matchers.</summary>
    public string? Severity { get; init; }

    /// <summary>What routing rules and grouping templates match on (labels, tags, host, component, ...).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>Annotations, values and custom details: kept with the alert, not matched on.</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();

    public DateTimeOffset? StartsAt { get; init; }

    public DateTimeOffset? EndsAt { get; init; }

    public string? Link { get; init; }

    /// <summary>The source's own group (Alertmanager and Grafana groupKey), when it has one.</summary>
    public string? SourceGroupKey { get; init; }
}
