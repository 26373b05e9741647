using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Persistence.Alerts.Integrations;

/// <summary>What an integration does with the alerts it receives; stored as one JSON document per integration.</summary>
public sealed record IntegrationSettings
{
    public const int DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>The ticket's category when no route names one.</summary>
    public string Category { get; init; } = DefaultCategories.Platform;

    public string? Subcategory { get; init; }

    /// <summary>The workflow started for a new incident; empty means the incident lifecycle workflow.</summary>
    public string? Workflow { get; init; }

    /// <summary>Tried in order; the first route whose matchers all hold decides (fields it leaves empty keep the defaults above).</summary>
    public IReadOnlyList<AlertRoute> Routes { get; init; } = [];

    /// <summary>
    /// How alerts are grouped into one incident: empty (each alert its own incident), <c>source</c> (the source's group
    /// key, Alertmanager's and Grafana's groupKey), or a template over labels like <c>{alertname}/{service}</c>.
    /// </summary>
    public string? GroupBy { get; init; }

    /// <summary>How long after a group's incident opened further alerts of the group still join it.</summary>
    public TimeSpan GroupWindow { get; init; } = TimeSpan.FromHours(1);

    /// <summary>An alert firing again within this time after its incident resolved reopens it; later, a new incident opens.</summary>
    public TimeSpan ReopenWindow { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Whether a resolved alert resolves its ticket (never closes it, never touches a security ticket).</summary>
    public bool AutoResolve { get; init; }

    /// <summary>Deliveries accepted per minute; 0 is no limit.</summary>
    public int RateLimitPerMinute { get; init; }

    public int MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;

    /// <summary>How much of each raw body is kept for audit and re-mapping; longer bodies are cut and marked so.</summary>
    public int MaxStoredPayloadBytes { get; init; } = 64 * 1024;
}
