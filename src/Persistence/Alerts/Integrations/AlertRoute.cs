using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Persistence.Alerts.Integrations;

/// <summary>
/// A routing rule: when every matcher holds for an alert's labels, its incident gets this category, these severity and
/// priority hints, this workflow and this L1 group. Empty fields keep the integration's defaults.
/// </summary>
public sealed record AlertRoute
{
    public IReadOnlyList<AlertMatcher> Matchers { get; init; } = [];

    public string? Category { get; init; }

    public string? Subcategory { get; init; }

    public Severity? Severity { get; init; }

    public Priority? Priority { get; init; }

    public string? Workflow { get; init; }

    /// <summary>The L1 group that gets the ticket instead of the category's.</summary>
    public string? Group { get; init; }

    /// <summary>Overrides the integration's auto-resolve switch for the workflow this route starts.</summary>
    public bool? AutoResolve { get; init; }

    public bool Matches(IReadOnlyDictionary<string, string> labels) => Matchers.All(m => m.Matches(labels));
}
