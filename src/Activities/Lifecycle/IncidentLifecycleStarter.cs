using IncidentWorkflows.Persistence.Definitions;
using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.Outbox;
using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Tickets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncidentWorkflows.Activities.Lifecycle;

/// <summary>
/// Starts the incident lifecycle workflow for a newly logged incident (process.md §5). The instance is correlated with
/// the ticket number, and the number is the start's idempotency key: a repeated delivery of the message returns the
/// instance that already runs instead of starting a second one.
/// </summary>
public sealed class IncidentLifecycleStarter(
    WorkflowRuntime runtime,
    DefinitionCatalog catalog,
    IOptions<IncidentLifecycleOptions> options,
    ILogger<IncidentLifecycleStarter> logger) : IOutboxHandler
{
    public string Kind => IncidentOpened.MessageKind;

    public static string IdempotencyKey(string ticketNumber) => $"incident-lifecycle:{ticketNumber}";

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var opened = IncidentOpened.Read(message.PayloadJson);
        var definitionId = options.Value.LifecycleWorkflow;
        if (string.IsNullOrWhiteSpace(definitionId) || catalog.FindPublished(definitionId) is null)
        {
            // A deployment without the lifecycle workflow still works tickets by hand; retrying would not change that.
            logger.LogWarning("Incident {TicketNumber} was logged, but no published workflow '{DefinitionId}' runs its lifecycle", opened.TicketNumber, definitionId);
            return;
        }

        var input = new Dictionary<string, object?> { ["ticket"] = opened.TicketNumber };
        var started = await runtime.StartAsync(
            new StartWorkflowRequest(definitionId, input, CorrelationId: opened.TicketNumber, IdempotencyKey: IdempotencyKey(opened.TicketNumber)),
            cancellationToken);
        logger.LogInformation("Incident {TicketNumber} runs in lifecycle instance {InstanceId} ({Status})", opened.TicketNumber, started.Id, started.Status);
    }
}
