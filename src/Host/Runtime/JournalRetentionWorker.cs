using IncidentWorkflows.Persistence.Queries;
using Microsoft.Extensions.Options;

namespace IncidentWorkflows.Host.Runtime;

/// <summary>Applies the journal retention (age and per-instance count) once an hour, so busy workflows do not grow the database without bound.</summary>
public sealed class JournalRetentionWorker(JournalRetention retention, IOptions<JournalRetentionOptions> options, TimeProvider time, ILogger<JournalRetentionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            try
            {
                var deleted = await retention.ApplyAsync(options.Value, stoppingToken);
                if (deleted > 0)
                    logger.LogInformation("Journal retention deleted {Count} entries", deleted);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Journal retention failed; retrying in an hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
