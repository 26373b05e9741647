using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Persistence.Alerts.Integrations;

/// <summary>What the first matching route (or the integration's defaults) decided for one alert.</summary>
public sealed record AlertRouting(
    string Category,
    string? Subcategory,
    Severity? Severity,
    Priority? Priority,
    string? Workflow,
    string? Group,
    bool AutoResolve)
{
    public static AlertRouting For(IntegrationSettings settings, IReadOnlyDictionary<string, string> labels)
    {
        var route = settings.Routes.FirstOrDefault(r => r.Matches(labels)) ?? new AlertRoute();
        // A route that names another category does not inherit the default's subcategory.
        var subcategory = route.Category is null ? route.Subcategory ?? settings.Subcategory : route.Subcategory;
        return new AlertRouting(
            route.Category ?? settings.Category,
            subcategory,
            route.Severity,
            route.Priority,
            NullIfBlank(route.Workflow) ?? NullIfBlank(settings.Workflow),
            NullIfBlank(route.Group),
            route.AutoResolve ?? settings.AutoResolve);
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
