using IncidentWorkflows.Activities.Lifecycle;
using IncidentWorkflows.Persistence.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentWorkflows.Activities;

public static class ActivitiesServiceCollectionExtensions
{
    /// <summary>What connects tickets to their workflows: the lifecycle starter and the handlers the incident activities rely on.</summary>
    public static IServiceCollection AddIncidentWorkflows(this IServiceCollection services)
    {
        services.AddOptions<IncidentLifecycleOptions>().BindConfiguration(IncidentLifecycleOptions.Section);
        services.AddSingleton<IOutboxHandler, IncidentLifecycleStarter>();
        return services;
    }
}
