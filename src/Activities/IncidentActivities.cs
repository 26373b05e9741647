using IncidentWorkflows.Activities.Signals;
using IncidentWorkflows.Engine.Descriptors;
using IncidentWorkflows.Persistence.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncidentWorkflows.Activities;

/// <summary>The incident activities (<c>Incidents.*</c>, and <c>Elsa.RunTask</c>) of this assembly.</summary>
public static class IncidentActivities
{
    /// <summary>Adds every activity class of this assembly to <paramref name="registry"/>.</summary>
    public static ActivityRegistry AddIncidentActivities(this ActivityRegistry registry)
    {
        registry.RegisterAssembly(typeof(IncidentActivities).Assembly);
        return registry;
    }

    /// <summary>
    /// What the activities need from the host beyond the durable runtime: the handler that wakes workflows waiting on
    /// ticket changes (<c>workflow.ticket-changed</c>). Call after <c>AddWorkflowPersistence</c>.
    /// </summary>
    public static IServiceCollection AddIncidentActivityServices(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxHandler, TicketChangedHandler>());
        return services;
    }
}
