using IncidentWorkflows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncidentWorkflows.Persistence.Outbox;

/// <summary>
/// Sends committed outbox messages through their handlers: in order of creation, retried with exponential
/// backoff, dead-lettered after <see cref="OutboxOptions.MaxAttempts"/>. A message is marked sent only after its
/// handler returned, so a crash mid-delivery means one more delivery, never none.
/// </summary>
public sealed class OutboxDispatcher(
    IDbContextFactory<WorkflowDbContext> contexts,
    IEnumerable<IOutboxHandler> handlers,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    private readonly Dictionary<string, IOutboxHandler> _handlers = handlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);

    /// <summary>One pass over the due messages; returns how many were delivered.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var due = await db.Outbox
            .Where(m => m.SentAt == null && m.DeadLetteredAt == null && m.AvailableAt <= now)
            .OrderBy(m => m.Id)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);

        var delivered = 0;
        foreach (var message in due)
        {
            if (await DeliverAsync(message, settings, cancellationToken))
                delivered++;
        }

        // One write for the whole batch: on SQLite every write takes the database's single write lock, and a write per
        // message made the worker and the runtime's group writer wait for each other at every message. Delivery stays at
        // least once: a crash before this save delivers the batch's messages again, which handlers expect anyway.
        await db.SaveChangesAsync(cancellationToken);

        return delivered;
    }

    private async Task<bool> DeliverAsync(OutboxMessage message, OutboxOptions settings, CancellationToken cancellationToken)
    {
        message.Attempts++;
        if (!_handlers.TryGetValue(message.Kind, out var handler))
        {
            DeadLetter(message, $"No handler for messages of kind '{message.Kind}'.");
            return false;
        }

        try
        {
            await handler.HandleAsync(message, cancellationToken);
            message.SentAt = time.GetUtcNow();
            message.LastError = null;
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            message.LastError = e.Message;
            if (message.Attempts >= settings.MaxAttempts)
            {
                DeadLetter(message, e.Message);
                return false;
            }

            message.AvailableAt = time.GetUtcNow() + settings.BackoffAfter(message.Attempts);
            logger.LogWarning("Outbox message {MessageId} ({Kind}) failed attempt {Attempt}, next try at {AvailableAt}: {Error}",
                message.Id, message.Kind, message.Attempts, message.AvailableAt, e.Message);
            return false;
        }
    }

    private void DeadLetter(OutboxMessage message, string reason)
    {
        message.DeadLetteredAt = time.GetUtcNow();
        message.LastError = reason;
        logger.LogError("Outbox message {MessageId} ({Kind}, key {IdempotencyKey}) dead-lettered after {Attempts} attempt(s): {Reason}",
            message.Id, message.Kind, message.IdempotencyKey, message.Attempts, reason);
    }
}
