using IncidentWorkflows.Activities.Lifecycle;
using IncidentWorkflows.Activities.Signals;
using IncidentWorkflows.Persistence.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncidentWorkflows.Activities;

public static class ActivitiesServiceCollectionExtensions
{
    /// <summary>
    /// What connects tickets to their workflows: the lifecycle starter (<c>incident.opened</c>) and the handler that wakes
    /// workflows waiting on ticket changes (<c>workflow.ticket-changed</c>). Call after <c>AddWorkflowPersistence</c>.
    /// </summary>
    public static IServiceCollection AddIncidentWorkflows(this IServiceCollection services)
    {
        services.AddOptions<IncidentLifecycleOptions>().BindConfiguration(IncidentLifecycleOptions.Section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxHandler, IncidentLifecycleStarter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxHandler, TicketChangedHandler>());
        return services;
    }
}
