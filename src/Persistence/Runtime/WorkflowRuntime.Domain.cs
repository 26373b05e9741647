using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Persistence.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Domain work that commits with the workflows it starts: <paramref name="work"/> stages rows on the burst's context
    /// and may start workflows in the same burst through the <c>StartInBurstAsync</c> overload that takes a definition id.
    /// Everything commits in one transaction (grouped with other bursts on SQLite) or nothing does; timers and outbox
    /// delivery follow after the commit as for any burst. The work may run twice (see <see cref="GroupCommitter"/>).
    /// </summary>
    internal async Task CommitWithStartsAsync(Func<Burst, Task> work, CancellationToken cancellationToken)
    {
        var burst = await committer.CommitAsync(work, cancellationToken);
        await AfterCommitAsync(burst, cancellationToken);
    }

    internal bool IsPublished(string definitionId) => catalog.FindPublished(definitionId) is not null;

    /// <summary>Starts the published <paramref name="definitionId"/> inside the burst; false when no such workflow is published.</summary>
    internal async Task<InstanceResult?> StartInBurstAsync(Burst burst, string definitionId, string correlationId, IReadOnlyDictionary<string, object?> input, string idempotencyKey, CancellationToken cancellationToken)
    {
        if (catalog.FindPublished(definitionId) is not { } definition)
            return null;
        await StartInBurstAsync(burst, definition, new StartOptions
        {
            InstanceId = NewInstanceId(),
            CorrelationId = correlationId,
            Input = input,
            FlowchartMode = options.FlowchartMode,
        }, idempotencyKey, cancellationToken);
        return burst.Results[^1];
    }
}
