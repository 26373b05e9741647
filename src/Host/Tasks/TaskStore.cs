using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.HumanTasks;
using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Tickets;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Host.Tasks;

/// <summary>
/// Reads tasks for the inbox and runs the inbox's own changes (claim, unclaim, reassign), each in one transaction with its
/// history step and ticket timeline entry. The version column makes a change made from a stale reading a 409.
/// </summary>
public sealed class TaskStore(IDbContextFactory<WorkflowDbContext> contexts, TimeProvider time)
{
    /// <summary>The task if the caller may see it; otherwise 404, so nobody learns of tasks that are not theirs.</summary>
    public async Task<HumanTaskRecord> GetAsync(string id, TaskCaller caller, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var task = await db.HumanTasks.AsNoTracking().Include(t => t.History).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        return task is not null && caller.MaySee(task) ? task : throw TaskProblems.TaskNotFound(id);
    }

    /// <summary>Applies <paramref name="change"/> (which checks the rules and returns the step to record) to an open task.</summary>
    public async Task<HumanTaskRecord> ChangeAsync(string id, TaskCaller caller, Func<HumanTaskRecord, DateTimeOffset, TaskStep> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var task = await db.HumanTasks.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null || !caller.MaySee(task))
            throw TaskProblems.TaskNotFound(id);
        if (task.Status != HumanTaskStatus.Open)
            throw TaskProblems.Closed(task);

        var now = time.GetUtcNow();
        var step = change(task, now);
        task.Version++;
        var tickets = new TicketSession(db, time);
        await HumanTaskHistory.RecordAsync(db, tickets, task, step.Kind, caller.Name, now, step.OldValue, step.NewValue, step.Note, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(TaskProblems.Changed, $"Task {id} was changed by someone else at the same time; read it again.");
        }

        await transaction.CommitAsync(cancellationToken);
        // Read back whole, even when the change took the task out of the caller's sight (handed to someone else).
        await using var read = await contexts.CreateDbContextAsync(cancellationToken);
        return await read.HumanTasks.AsNoTracking().Include(t => t.History).SingleAsync(t => t.Id == id, cancellationToken);
    }
}

/// <summary>The history step a change records.</summary>
public sealed record TaskStep(string Kind, string? OldValue, string? NewValue, string? Note = null);
