using Microsoft.Extensions.Logging;

namespace IncidentWorkflows.Persistence.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Every log event written during a burst (the runtime's, WriteLine output, activities') carries the instance id and
    /// correlation id, so one instance's story can be filtered out of a busy log. Logging providers with scope support
    /// (Serilog in the host) turn these into event properties.
    /// </summary>
    private IDisposable? BeginInstanceScope(string? instanceId, string? correlationId) =>
        logger.BeginScope(new Dictionary<string, object?>
        {
            ["InstanceId"] = instanceId,
            ["CorrelationId"] = correlationId,
        });

    /// <summary>The id is chosen before the burst (same form as the engine's) so the log scope can name it from the first event.</summary>
    private string NewInstanceId() => Guid.CreateVersion7(time.GetUtcNow()).ToString("N");
}
