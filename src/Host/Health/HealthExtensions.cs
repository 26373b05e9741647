using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IncidentWorkflows.Host.Health;

public static class HealthExtensions
{
    private const string LiveTag = "live";
    private const string ReadyTag = "ready";

    /// <summary>
    /// Liveness answers as long as the process serves requests; readiness (database, timer reconciliation) is
    /// deliberately not part of /health/live, so a slow reconciliation never makes an orchestrator restart the host.
    /// </summary>
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag])
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<IncidentWorkflows.Persistence.Timers.TimerReadinessHealthCheck>("timers", tags: [ReadyTag]);
        return services;
    }

    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) }).AllowAnonymous();

        // Ready once the database answers and the timers have been reconciled after start (which never delays /health/live).
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return app;
    }
}
