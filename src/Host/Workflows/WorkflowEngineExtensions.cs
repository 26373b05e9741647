using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncidentWorkflows.Host.Workflows;

public static class WorkflowEngineExtensions
{
    /// <summary>
    /// The engine's shared services. TryAdd lets tests (and later persistence) replace any of them,
    /// e.g. a FakeTimeProvider instead of the system clock.
    /// </summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => ActivityCatalog.CreateRegistry());
        return services;
    }
}
