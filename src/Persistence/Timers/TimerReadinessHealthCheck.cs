using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IncidentWorkflows.Persistence.Timers;

/// <summary>For <c>/health/ready</c>: unhealthy until the first timer reconciliation has finished.</summary>
public sealed class TimerReadinessHealthCheck(TimerReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady
            ? HealthCheckResult.Healthy($"Timers reconciled at {readiness.ReadyAt:O}.")
            : HealthCheckResult.Unhealthy("Durable timers are still being reconciled."));
}
