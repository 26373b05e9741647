using IncidentWorkflows.Persistence.Alerts.Intake;
using IncidentWorkflows.Persistence.Alerts.Integrations;
using IncidentWorkflows.Persistence.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncidentWorkflows.Persistence.Alerts;

public static class AlertStoreServiceCollectionExtensions
{
    /// <summary>Integrations, the alert intake and the handler that turns queued alert signals into workflow events.</summary>
    public static IServiceCollection AddAlertStore(this IServiceCollection services)
    {
        services.AddOptions<AlertIntakeOptions>();
        services.TryAddSingleton<IntegrationDirectory>();
        services.TryAddSingleton<IntegrationStore>();
        services.TryAddSingleton<AlertIntake>();
        services.AddSingleton<IOutboxHandler, AlertSignalHandler>();
        return services;
    }
}
