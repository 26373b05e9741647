using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Definitions;
using Microsoft.Extensions.Options;

namespace IncidentWorkflows.Host.Runtime;

/// <summary>
/// Runs before the host serves requests: applies migrations, loads definitions, imports the workflows/ folder
/// and creates the first administrator. Failing here stops the host (a half-initialised host must not serve).
/// </summary>
public sealed class StartupInitializer(
    DatabaseInitializer database,
    WorkflowFolderImporter importer,
    AdminBootstrapper admins,
    Persistence.Runtime.WorkflowRuntime runtime,
    IOptions<WorkflowFolderOptions> folderOptions,
    IWebHostEnvironment environment,
    ILogger<StartupInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.InitializeAsync(cancellationToken);
        await admins.EnsureAdminAsync(cancellationToken);
        var woken = await runtime.RecoverAsync(cancellationToken);
        if (woken > 0)
            logger.LogWarning("Recovered {Count} parent workflow(s) whose child had finished before an interruption", woken);

        var options = folderOptions.Value;
        var folder = options.ImportAtStart ? options.Resolve(environment.ContentRootPath) : null;
        if (folder is null)
        {
            logger.LogInformation("No workflows folder to import");
            return;
        }

        var results = await importer.ImportAsync(folder, cancellationToken);
        logger.LogInformation("Imported {Count} workflow file(s) from {Folder}: {Created} new version(s), {Failed} failed",
            results.Count, folder, results.Count(r => r.Outcome == ImportOutcome.Created), results.Count(r => r.Error is not null));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
