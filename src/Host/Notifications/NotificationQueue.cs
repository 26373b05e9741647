using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.Outbox;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Host.Notifications;

/// <summary>
/// Queues a follow-up outbox message from a handler (a status change becomes an email). Its key is derived from the
/// source message's key, so a repeated delivery of the source finds the follow-up already queued and adds nothing.
/// </summary>
public sealed class NotificationQueue(IDbContextFactory<WorkflowDbContext> contexts, OutboxSignal signal, TimeProvider time)
{
    // The outbox key column's length.
    private const int MaxKeyLength = 200;

    public async Task EnqueueAsync(OutboxMessage source, string kind, object payload, string suffix, CancellationToken cancellationToken)
    {
        var key = DerivedKey(source.IdempotencyKey, suffix);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Outbox.AnyAsync(m => m.IdempotencyKey == key, cancellationToken))
            return;
        var now = time.GetUtcNow();
        db.Outbox.Add(new OutboxMessage
        {
            Kind = kind,
            PayloadJson = JsonSerializer.Serialize(payload, NotificationJson.Options),
            IdempotencyKey = key,
            InstanceId = source.InstanceId,
            CreatedAt = now,
            AvailableAt = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another dispatcher queued it between our check and our insert: the unique key kept one.
            await using var check = await contexts.CreateDbContextAsync(cancellationToken);
            if (!await check.Outbox.AnyAsync(m => m.IdempotencyKey == key, cancellationToken))
                throw;
            return;
        }

        signal.Notify();
    }

    public static string DerivedKey(string sourceKey, string suffix)
    {
        var key = $"{sourceKey}/{suffix}";
        return key.Length <= MaxKeyLength
            ? key
            : $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sourceKey)))}/{suffix}";
    }
}
