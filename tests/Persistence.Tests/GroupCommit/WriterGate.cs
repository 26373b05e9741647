using IncidentWorkflows.Persistence.Runtime;

namespace IncidentWorkflows.Persistence.Tests.GroupCommit;

/// <summary>
/// Holds the group committer's writer inside a burst of its own, so that bursts submitted meanwhile queue up and are
/// taken as one group when the gate opens. Makes grouping deterministic without timing.
/// </summary>
internal sealed class WriterGate : IAsyncDisposable
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _held = Task.CompletedTask;

    public static async Task<WriterGate> HoldAsync(GroupCommitter committer)
    {
        var gate = new WriterGate();
        gate._held = committer.CommitAsync(async _ =>
        {
            gate._entered.TrySetResult();
            await gate._release.Task;
        }, CancellationToken.None);
        await gate._entered.Task;
        return gate;
    }

    public Task ReleaseAsync()
    {
        _release.TrySetResult();
        return _held;
    }

    /// <summary>A failed test still opens the gate, or disposing the database would wait for the writer forever.</summary>
    public async ValueTask DisposeAsync() => await ReleaseAsync();
}
