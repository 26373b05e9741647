using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace IncidentWorkflows.Persistence.Runtime;

public sealed partial class GroupCommitter
{
    /// <summary>Runs a group in one transaction; afterwards each pending burst has either its result or its own failure.</summary>
    private async Task CommitGroupAsync(List<Pending> group)
    {
        try
        {
            var db = _db ??= await OpenWriterContextAsync();
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
            // A lone burst needs no savepoint: if it fails, the whole transaction is simply not committed.
            var isolate = group.Count > 1;
            foreach (var pending in group)
                await RunInGroupAsync(db, transaction, pending, isolate);

            if (group.Any(p => p.Burst is not null))
                await transaction.CommitAsync(CancellationToken.None);
            Count(group);
        }
        catch (Exception e)
        {
            // Nothing of the group was committed. Bursts that did not fail on their own get a transaction each.
            _logger.LogWarning(e, "Group commit of {Count} bursts failed; committing them one by one", group.Count);
            await CloseWriterContextAsync();
            foreach (var pending in group.Where(p => p.Failure is null))
                await RunAloneAsync(pending);
        }
    }

    /// <summary>
    /// The writer keeps one context and one open connection for its life: no context rent, connection open and
    /// per-connection pragmas per group. Its change tracker is cleared after every burst.
    /// </summary>
    private async Task<WorkflowDbContext> OpenWriterContextAsync()
    {
        var db = await _contexts.CreateDbContextAsync(CancellationToken.None);
        // Savepoints are ours (one per burst); EF's own per-SaveChanges savepoint would only add statements.
        db.Database.AutoSavepointsEnabled = false;
        await db.Database.OpenConnectionAsync(CancellationToken.None);
        _changes = new PreparedChangeWriter(db);
        return db;
    }

    /// <summary>After a failed group the connection may be unusable; the next group opens a fresh one.</summary>
    private async Task CloseWriterContextAsync()
    {
        if (_db is null)
            return;
        try
        {
            await _db.DisposeAsync();
        }
        finally
        {
            _db = null;
            _changes = null;
        }
    }

    private async Task RunInGroupAsync(WorkflowDbContext db, IDbContextTransaction transaction, Pending pending, bool isolate)
    {
        if (pending.CancellationToken.IsCancellationRequested)
        {
            pending.Failure = new OperationCanceledException(pending.CancellationToken);
            return;
        }

        if (isolate)
            await transaction.CreateSavepointAsync(Savepoint, CancellationToken.None);
        var burst = new Burst(db);
        try
        {
            await pending.Work(burst);
            await SaveAsync(() => _changes!.SaveAsync(pending.CancellationToken));
            pending.Burst = burst;
        }
        catch (Exception e)
        {
            pending.Failure = e;
            if (isolate)
                await transaction.RollbackToSavepointAsync(Savepoint, CancellationToken.None);
        }
        finally
        {
            // The next burst starts with an empty change tracker: nothing of this one is saved twice or seen stale.
            db.ChangeTracker.Clear();
        }

        if (isolate)
            await transaction.ReleaseSavepointAsync(Savepoint, CancellationToken.None);
    }

    private async Task RunAloneAsync(Pending pending)
    {
        pending.Burst = null;
        try
        {
            pending.Burst = await _alone.CommitAsync(pending.Work, pending.CancellationToken);
        }
        catch (Exception e)
        {
            pending.Failure = e;
        }
    }

    private void Count(List<Pending> group)
    {
        Interlocked.Increment(ref _groups);
        Interlocked.Add(ref _bursts, group.Count);
        if (group.Count > Volatile.Read(ref _largestGroup))
            Volatile.Write(ref _largestGroup, group.Count);
    }
}

