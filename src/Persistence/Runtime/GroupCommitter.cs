using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace IncidentWorkflows.Persistence.Runtime;

/// <summary>
/// Group commit for SQLite (architecture §4): one writer takes whatever bursts are waiting, up to a cap, runs them in
/// one transaction and completes each caller's task only after the commit. SQLite has a single write lock anyway; taking
/// it once per group instead of once per burst removes lock waits between writers and shares one commit among many bursts.
/// With no load a group holds a single burst, so nothing waits for a group to fill.
/// </summary>
/// <remarks>
/// Each burst of a group runs inside its own savepoint and saves its changes there: a burst that throws (a consumed
/// bookmark, a unique-key violation) is rolled back to its savepoint and fails alone while the others commit. If the
/// group transaction itself fails (begin, commit, or a rollback that SQLite refused), nothing of it was committed and
/// every burst that had not failed on its own is run again alone, in a transaction of its own. Work may therefore run
/// twice; it only stages changes in the transaction, so running it again is safe.
/// </remarks>
public sealed partial class GroupCommitter : BurstCommitter, IAsyncDisposable, IDisposable
{
    private const string Savepoint = "burst";

    private readonly IDbContextFactory<WorkflowDbContext> _contexts;
    private readonly TransactionPerBurst _alone;
    private readonly ILogger _logger;
    private readonly int _maxBursts;
    private static readonly AsyncLocal<bool> OnWriter = new();
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private WorkflowDbContext? _db;
    private PreparedChangeWriter? _changes;
    private long _groups;
    private long _bursts;
    private int _largestGroup;
    private int _queued;

    internal GroupCommitter(IDbContextFactory<WorkflowDbContext> contexts, int maxBursts, ILogger<GroupCommitter> logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBursts, 1);
        _contexts = contexts;
        _alone = new TransactionPerBurst(contexts);
        _maxBursts = maxBursts;
        _logger = logger;
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Groups committed and bursts in them since start, for benchmarks and tests.</summary>
    public GroupCommitStatistics Statistics => new(Interlocked.Read(ref _groups), Interlocked.Read(ref _bursts), Volatile.Read(ref _largestGroup));

    /// <summary>Bursts waiting for the writer.</summary>
    internal int Queued => Volatile.Read(ref _queued);

    internal override Task<Burst> CommitAsync(Func<Burst, Task> work, CancellationToken cancellationToken)
    {
        // Work runs on the writer: waiting there for another group would wait for itself forever.
        if (OnWriter.Value)
            throw new InvalidOperationException("A burst cannot commit another burst; stage the changes in the burst that is running.");
        var pending = new Pending(work, cancellationToken);
        Interlocked.Increment(ref _queued);
        var queued = _queue.Writer.TryWrite(pending);
        if (!queued)
            Interlocked.Decrement(ref _queued);
        ObjectDisposedException.ThrowIf(!queued, this);
        return pending.Completion.Task;
    }

    /// <summary>Stops taking bursts, commits the ones already queued, then ends the writer.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
        await CloseWriterContextAsync();
    }

    /// <summary>For containers disposed synchronously: the same as <see cref="DisposeAsync"/>, waited for.</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writer.GetAwaiter().GetResult();
        _db?.Dispose();
        _db = null;
        _changes = null;
    }

    private async Task WriteAsync()
    {
        OnWriter.Value = true;
        var group = new List<Pending>(_maxBursts);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (group.Count < _maxBursts && _queue.Reader.TryRead(out var pending))
            {
                Interlocked.Decrement(ref _queued);
                group.Add(pending);
            }

            await CommitGroupAsync(group);
            foreach (var pending in group)
                pending.Complete();
            group.Clear();
        }
    }

    private sealed class Pending(Func<Burst, Task> work, CancellationToken cancellationToken)
    {
        public Func<Burst, Task> Work { get; } = work;
        public CancellationToken CancellationToken { get; } = cancellationToken;

        // The caller's continuation (timers, the HTTP answer) must not run on the writer and hold up the next group.
        public TaskCompletionSource<Burst> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Set once the burst's changes are saved in the group transaction (not yet committed).</summary>
        public Burst? Burst { get; set; }

        /// <summary>Why the burst failed on its own; it is then not part of the commit.</summary>
        public Exception? Failure { get; set; }

        public void Complete()
        {
            if (Failure is OperationCanceledException canceled)
                Completion.TrySetCanceled(canceled.CancellationToken);
            else if (Failure is not null)
                Completion.TrySetException(Failure);
            else if (Burst is not null)
                Completion.TrySetResult(Burst);
            else
                Completion.TrySetException(new InvalidOperationException("A burst left the group commit without a result."));
        }
    }
}

/// <summary>How group commit has batched so far: groups committed, bursts in them, the largest group.</summary>
public sealed record GroupCommitStatistics(long Groups, long Bursts, int LargestGroup)
{
    public double AverageGroup => Groups == 0 ? 0 : (double)Bursts / Groups;
}
