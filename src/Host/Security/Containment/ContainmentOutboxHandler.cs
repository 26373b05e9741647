using System.Text.Json;
using IncidentWorkflows.Activities.Security;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.Outbox;
using IncidentWorkflows.Persistence.Security;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Host.Security.Containment;

/// <summary>
/// Delivers <c>security.containment</c> messages: calls the action's connector with the outbox idempotency key and records
/// the result on the action. An action that already has a result is not called again (a repeat after a crash between the
/// record and the outbox's own bookkeeping); a call that did not get an answer is repeated with the same key, for the
/// connector to drop. A failure closes the lockdown the action would have opened: nothing was locked down.
/// </summary>
internal sealed class ContainmentOutboxHandler(
    IEnumerable<IContainmentConnector> connectors, IDbContextFactory<WorkflowDbContext> contexts, TimeProvider time, ILogger<ContainmentOutboxHandler> logger) : IOutboxHandler
{
    public string Kind => ContainmentActivity.MessageKind;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var actionId = JsonDocument.Parse(message.PayloadJson).RootElement.GetProperty("actionId").GetString();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var action = await db.ContainmentActions.SingleOrDefaultAsync(a => a.Id == actionId, cancellationToken);
        if (action is null || action.Status != ContainmentStatuses.Requested)
            return;

        action.Attempts++;
        var connector = connectors.FirstOrDefault(c => string.Equals(c.Name, action.Connector, StringComparison.OrdinalIgnoreCase));
        var result = connector is null
            ? new ContainmentResult(false, $"No containment connector named '{action.Connector}'.")
            : await connector.ExecuteAsync(new ContainmentRequest(action.Id, action.Action, action.Target, action.TicketNumber, action.Tlp, message.IdempotencyKey), cancellationToken);

        action.Status = result.Succeeded ? ContainmentStatuses.Succeeded : ContainmentStatuses.Failed;
        action.Result = result.Detail;
        action.CompletedAt = time.GetUtcNow();
        if (!result.Succeeded)
            action.LockdownOpen = false;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Containment {Action} for {Ticket} through {Connector}: {Status}.", action.Action, action.TicketNumber, action.Connector, action.Status);
    }
}
