using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace IncidentWorkflows.Host.Web;

/// <summary>
/// The browser app (src/Web, built into wwwroot by the project's MSBuild target): static files, and <c>index.html</c> for
/// any other GET path the app routes itself, except the server's own areas, which keep their 404 ProblemDetails.
/// </summary>
public static class WebAppExtensions
{
    public static IServiceCollection AddWebApp(this IServiceCollection services) =>
        services.Configure<RouteOptions>(o => o.SetParameterPolicy<AppPathConstraint>(AppPathConstraint.Name));

    /// <summary>Before authentication: the app's files are public (the app signs in through the API).</summary>
    public static WebApplication UseWebApp(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = SetCacheHeaders });
        return app;
    }

    public static WebApplication MapWebApp(this WebApplication app)
    {
        app.MapFallbackToFile($"{{*path:nonfile:{AppPathConstraint.Name}}}", "index.html", new StaticFileOptions { OnPrepareResponse = SetCacheHeaders })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }

    // Vite names the bundles after their content hash, so they never change; index.html must always be fresh.
    private static void SetCacheHeaders(StaticFileResponseContext context)
    {
        var immutable = context.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal);
        context.Context.Response.Headers[HeaderNames.CacheControl] = immutable ? "public, max-age=31536000, immutable" : "no-cache";
    }
}

/// <summary>Matches app routes, not the server's areas (API, health, OpenAPI, Scalar, HTTP-triggered workflows).</summary>
public sealed class AppPathConstraint : IRouteConstraint
{
    public const string Name = "apppath";

    private static readonly string[] ServerAreas = ["api", "health", "openapi", "scalar", "workflows"];

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        var path = values.TryGetValue(routeKey, out var value) ? value?.ToString() ?? "" : "";
        var first = path.Split('/', 2)[0];
        return !ServerAreas.Contains(first, StringComparer.OrdinalIgnoreCase);
    }
}
