using IncidentWorkflows.Persistence.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace IncidentWorkflows.Persistence.Timers;

public static class DurableTimerServiceCollectionExtensions
{
    /// <summary>
    /// Durable timers on Quartz's persistent store in the application's own database (SQLite file, or PostgreSQL with
    /// Quartz clustering so several hosts share the timers), replacing <see cref="NoTimerScheduler"/>. Registers the
    /// scheduler's hosted service and the background reconciliation; <see cref="TimerReadiness"/> tells when the
    /// first reconciliation has finished. Call after <see cref="PersistenceServiceCollectionExtensions.AddWorkflowPersistence"/>.
    /// Quartz creates its own tables when missing (<c>ProvisionSchema</c>); EF migrations ignore tables they do not own.
    /// Quartz runs on the <see cref="TimeProvider"/> registered in the container, like the rest of the application.
    /// </summary>
    public static IServiceCollection AddDurableTimers(this IServiceCollection services, Action<DurableTimerOptions>? configure = null)
    {
        var persistence = services.LastOrDefault(d => d.ServiceType == typeof(PersistenceOptions))?.ImplementationInstance as PersistenceOptions
            ?? throw new InvalidOperationException("Call AddWorkflowPersistence before AddDurableTimers: the timers share its database.");
        var connectionString = persistence.ConnectionString ?? throw new InvalidOperationException("Persistence:ConnectionString is not resolved.");
        var options = new DurableTimerOptions();
        configure?.Invoke(options);

        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(s => s.InstanceName = options.SchedulerName);
            quartz.UseDefaultThreadPool(options.MaxConcurrency);
            quartz.UsePersistentStore(store =>
            {
                if (persistence.IsPostgres)
                {
                    store.UsePostgres(connectionString);
                    // Several hosts share PostgreSQL: row locks make each trigger fire on exactly one of them, and a
                    // dead host's in-flight firings are recovered by the others.
                    store.UseClustering(_ => { });
                }
                else
                {
                    // One host per SQLite file: no clustering, Quartz's in-process lock.
                    store.UseSqlite(connectionString);
                }

                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);

        services.AddSingleton(options);
        services.AddSingleton<QuartzTimerScheduler>();
        services.RemoveAll<ITimerScheduler>();
        services.AddSingleton<ITimerScheduler>(sp => sp.GetRequiredService<QuartzTimerScheduler>());
        services.AddSingleton<TimerReadiness>();
        services.AddSingleton<TimerReconciler>();
        services.AddSingleton<RecurringTimers>();
        services.AddSingleton<Definitions.IDefinitionChangeListener>(sp => sp.GetRequiredService<RecurringTimers>());
        services.AddSingleton<TimerReconciliationService>();
        services.AddHostedService(sp => sp.GetRequiredService<TimerReconciliationService>());
        return services;
    }
}
