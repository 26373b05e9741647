using IncidentWorkflows.Persistence.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncidentWorkflows.Persistence.Alerts.Intake;

/// <summary>
/// Takes one parsed delivery into the database as one burst of the durable runtime: the raw payload, every alert and its
/// timeline entry, the dedup identities, the tickets of new incidents and the workflows they start, and the events for
/// running workflows (outbox) commit together, or nothing does. The caller answers 202 only after this returns.
/// On SQLite the burst shares the runtime's group commit, so intake and workflow bursts take the write lock together.
/// </summary>
public sealed class AlertIntake(WorkflowRuntime runtime, TimeProvider time, IOptions<AlertIntakeOptions> options, ILogger<AlertIntake> logger)
{
    public async Task<AlertReceipt> AcceptAsync(IntegrationSnapshot integration, AlertBatch batch, RawPayload payload, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AcceptOnceAsync(integration, batch, payload, cancellationToken);
            }
            catch (Exception e) when (IsCollision(e) && attempt < options.Value.MaxAttempts)
            {
                // Another writer created or changed the same identity first (PostgreSQL); read again and apply on top of it.
                logger.LogDebug(e, "Alert delivery for {Integration} collided with a concurrent one (attempt {Attempt}); retrying", integration.Name, attempt);
            }
        }
    }

    private async Task<AlertReceipt> AcceptOnceAsync(IntegrationSnapshot integration, AlertBatch batch, RawPayload payload, CancellationToken cancellationToken)
    {
        AlertReceipt? receipt = null;
        await runtime.CommitWithStartsAsync(async burst =>
        {
            // The work may run twice (a failed group is retried alone): everything it builds is built afresh each time.
            var work = new DeliveryWork(burst, runtime, integration, time, options.Value.DefaultWorkflow, cancellationToken);
            receipt = await work.RunAsync(batch, payload);
        }, cancellationToken);
        return receipt ?? throw new InvalidOperationException("The alert delivery committed without a receipt.");
    }

    private static bool IsCollision(Exception e) =>
        e is DbUpdateException || e is ConflictException { Type: "instance-changed" } || e is System.Data.Common.DbException { IsTransient: true };
}
