using System.Collections.Concurrent;
using Microsoft.AspNetCore.Routing.Template;

namespace IncidentWorkflows.Host.HttpTriggers;

/// <summary>Matches a request path against an endpoint path with placeholders (<c>orders/{id}</c>), using ASP.NET Core's own template rules.</summary>
public static class HttpRouteTemplate
{
    private static readonly ConcurrentDictionary<string, TemplateMatcher?> Matchers = new(StringComparer.Ordinal);

    public static bool HasPlaceholders(string path) => path.Contains('{', StringComparison.Ordinal);

    public static bool TryMatch(string template, string path, out Dictionary<string, object?> values)
    {
        values = [];
        var matcher = Matchers.GetOrAdd(template, Parse);
        var routeValues = new RouteValueDictionary();
        if (matcher is null || !matcher.TryMatch(new PathString("/" + path), routeValues))
            return false;
        foreach (var (key, value) in routeValues)
            values[key] = value?.ToString();
        return true;
    }

    /// <summary>A path that is not a valid template never matches (publishing does not check templates).</summary>
    private static TemplateMatcher? Parse(string template)
    {
        try
        {
            return new TemplateMatcher(TemplateParser.Parse(template), []);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
