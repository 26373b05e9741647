using IncidentWorkflows.Persistence.ProcessConfiguration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncidentWorkflows.Persistence.Tickets;

public static class TicketStoreServiceCollectionExtensions
{
    /// <summary>Tickets and the process configuration on the workflow database (part of <see cref="PersistenceServiceCollectionExtensions.AddWorkflowPersistence"/>).</summary>
    public static IServiceCollection AddTicketStore(this IServiceCollection services)
    {
        services.TryAddSingleton<ProcessConfigurationStore>();
        services.TryAddSingleton<TicketService>();
        services.TryAddSingleton<TicketQueries>();
        return services;
    }
}
