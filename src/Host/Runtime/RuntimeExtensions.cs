using IncidentWorkflows.Activities;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Timers;

namespace IncidentWorkflows.Host.Runtime;

public static class RuntimeExtensions
{
    /// <summary>
    /// The database (SQLite in App_Data by default, PostgreSQL by configuration), the durable runtime and the
    /// start-up work: migrations, the definition catalog, the workflows/ folder, the first admin.
    /// </summary>
    public static WebApplicationBuilder AddDurableRuntime(this WebApplicationBuilder builder)
    {
        builder.Services.AddWorkflowPersistence(builder.Configuration, builder.Environment.ContentRootPath);
        // Registered before the timers: hosted services start in order, so Quartz and the timer reconciliation begin
        // on a migrated database instead of failing against a fresh one.
        builder.Services.AddHostedService<StartupInitializer>();
        builder.Services.AddDurableTimers();
        // Starts the incident lifecycle and wakes workflows waiting on a ticket the API changed.
        builder.Services.AddIncidentWorkflows();
        builder.Services.AddSingleton(sp => new RuntimeOptions { Output = new WorkflowOutputLog(sp.GetRequiredService<ILogger<WorkflowOutputLog>>()) });
        builder.Services.Configure<WorkflowFolderOptions>(builder.Configuration.GetSection(WorkflowFolderOptions.Section));
        builder.Services.AddHostedService<IncidentWorkflows.Persistence.Outbox.OutboxWorker>();
        builder.Services.Configure<IncidentWorkflows.Persistence.Queries.JournalRetentionOptions>(builder.Configuration.GetSection(IncidentWorkflows.Persistence.Queries.JournalRetentionOptions.Section));
        builder.Services.AddHostedService<JournalRetentionWorker>();
        return builder;
    }
}
