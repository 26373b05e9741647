using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.Outbox;

namespace IncidentWorkflows.Persistence.Tests.Outbox;

/// <summary>Records deliveries; fails the first <see cref="FailuresLeft"/> attempts, as a flaky mail server would.</summary>
public sealed class RecordingHandler : IOutboxHandler
{
    public string Kind => "test.message";
    public List<string> Delivered { get; } = [];
    public int FailuresLeft { get; set; }

    public Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (FailuresLeft > 0)
        {
            FailuresLeft--;
            throw new InvalidOperationException("server unavailable");
        }

        Delivered.Add(message.PayloadJson);
        return Task.CompletedTask;
    }
}
