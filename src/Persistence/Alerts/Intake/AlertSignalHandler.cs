using IncidentWorkflows.Engine.Values;
using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.Outbox;
using IncidentWorkflows.Persistence.Runtime;

namespace IncidentWorkflows.Persistence.Alerts.Intake;

/// <summary>Triggers an alert's event on the workflows correlated with its ticket (starting those the event triggers).</summary>
public sealed class AlertSignalHandler(WorkflowRuntime runtime) : IOutboxHandler
{
    public string Kind => AlertSignal.MessageKind;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var signal = AlertSignal.Read(message.PayloadJson);
        var input = signal.Input.ToDictionary(p => p.Key, p => JsonValues.FromNode(p.Value));
        await runtime.TriggerEventAsync(signal.EventName, signal.TicketNumber, input, cancellationToken);
    }
}
