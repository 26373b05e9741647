using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.Runtime;

/// <summary>
/// Runs a burst's work in a transaction and commits it. The runtime does not know which strategy is in use: one
/// transaction per burst (<see cref="TransactionPerBurst"/>) or several bursts per transaction (<see cref="GroupCommitter"/>).
/// Either way the work's staged changes are saved and committed atomically before the returned task completes.
/// </summary>
/// <remarks>Public only because the public runtime takes it in its constructor; its members stay internal with <see cref="Burst"/>.</remarks>
public abstract class BurstCommitter
{
    private protected BurstCommitter()
    {
    }

    /// <summary>Runs <paramref name="work"/> against a fresh <see cref="Burst"/>; completes after the commit with that burst.</summary>
    internal abstract Task<Burst> CommitAsync(Func<Burst, Task> work, CancellationToken cancellationToken);

    /// <summary>Saves the burst's staged changes, turning a lost optimistic-concurrency race into the API's 409.</summary>
    internal static async Task SaveAsync(Func<Task> save)
    {
        try
        {
            await save();
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("instance-changed", "The instance was changed by another request at the same time; try again.");
        }
    }
}

/// <summary>Each burst in its own transaction on its own connection: what PostgreSQL uses, where hosts share the database.</summary>
public sealed class TransactionPerBurst(IDbContextFactory<WorkflowDbContext> contexts) : BurstCommitter
{
    internal override async Task<Burst> CommitAsync(Func<Burst, Task> work, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var burst = new Burst(db);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await work(burst);
        await SaveAsync(() => db.SaveChangesAsync(cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return burst;
    }
}
