using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IncidentWorkflows.Host.Health;

public static class HealthExtensions
{
    private const string LiveTag = "live";

    /// <summary>
    /// Liveness answers as long as the process serves requests; readiness checks (database, scheduler)
    /// arrive with those components and are deliberately not part of /health/live.
    /// </summary>
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return services;
    }

    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) }).AllowAnonymous();
        return app;
    }
}
