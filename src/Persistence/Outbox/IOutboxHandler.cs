using IncidentWorkflows.Persistence.Entities;

namespace IncidentWorkflows.Persistence.Outbox;

/// <summary>
/// Delivers one kind of outbox message (an email, a webhook call, ...). Delivery is at least once: a handler
/// passes <see cref="OutboxMessage.IdempotencyKey"/> on so the receiving side can drop a repeat.
/// Throwing means "try again later".
/// </summary>
public interface IOutboxHandler
{
    string Kind { get; }

    Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken);
}
