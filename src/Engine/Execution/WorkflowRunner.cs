using IncidentWorkflows.Engine.Compilation;

namespace IncidentWorkflows.Engine.Execution;

/// <summary>Runs bursts of a compiled workflow: start a new instance, or resume one from its state by a bookmark.</summary>
public sealed class WorkflowRunner(TimeProvider time)
{
    public TimeProvider Time { get; } = time;

    public async ValueTask<RunResult> StartAsync(CompiledWorkflow workflow, StartOptions? start = null, RunOptions? options = null)
    {
        start ??= new StartOptions();
        var context = WorkflowExecutionContext.CreateNew(workflow, start, Time, options ?? RunOptions.Default);
        context.ResumeInput = start.TriggerInput ?? WorkflowExecutionContext.EmptyInput;
        var root = context.CreateContext(workflow.Root, null);
        context.Enqueue(root);
        await context.RunQueueAsync();
        return new RunResult(context);
    }

    /// <summary>Resumes the bookmark with the given id; the bookmark is consumed exactly once.</summary>
    public async ValueTask<RunResult> ResumeAsync(CompiledWorkflow workflow, WorkflowState state, string bookmarkId, IReadOnlyDictionary<string, object?>? input = null, RunOptions? options = null)
    {
        var context = WorkflowExecutionContext.FromState(workflow, state, Time, options ?? RunOptions.Default);
        if (context.Status == WorkflowStatus.Finished)
            throw new WorkflowStateException($"Instance {state.Id} has finished ({state.SubStatus}); it cannot be resumed.");
        var bookmark = context.FindBookmark(bookmarkId)
            ?? throw new BookmarkNotFoundException(bookmarkId, state.Id);
        context.ResumeInput = input ?? WorkflowExecutionContext.EmptyInput;
        await context.ResumeAsync(bookmark);
        return new RunResult(context);
    }

    /// <summary>Cancels a running instance: its activities stop and its bookmarks are removed.</summary>
    public RunResult Cancel(CompiledWorkflow workflow, WorkflowState state, RunOptions? options = null)
    {
        var context = WorkflowExecutionContext.FromState(workflow, state, Time, options ?? RunOptions.Default);
        if (context.Status == WorkflowStatus.Finished)
            throw new WorkflowStateException($"Instance {state.Id} has finished ({state.SubStatus}); it cannot be cancelled.");
        context.Finish(WorkflowSubStatus.Cancelled);
        return new RunResult(context);
    }

    /// <summary>Runs a faulted instance again from the activity that faulted, keeping everything else.</summary>
    public async ValueTask<RunResult> RetryAsync(CompiledWorkflow workflow, WorkflowState state, RunOptions? options = null)
    {
        var context = WorkflowExecutionContext.FromState(workflow, state, Time, options ?? RunOptions.Default);
        if (context.SubStatus != WorkflowSubStatus.Faulted)
            throw new WorkflowStateException($"Instance {state.Id} is {state.SubStatus}; only faulted instances can be retried.");
        context.PrepareRetry();
        await context.RunQueueAsync();
        return new RunResult(context);
    }
}

/// <summary>The outcome of one burst.</summary>
public sealed class RunResult(WorkflowExecutionContext context)
{
    public WorkflowExecutionContext Context { get; } = context;
    public WorkflowStatus Status => Context.Status;
    public WorkflowSubStatus SubStatus => Context.SubStatus;
    public IReadOnlyList<Bookmark> Bookmarks => Context.Bookmarks;
    public IReadOnlyList<Bookmark> CreatedBookmarks => Context.CreatedBookmarks;
    public IReadOnlyList<Bookmark> RemovedBookmarks => Context.RemovedBookmarks;
    public IReadOnlyList<JournalEntry> Journal => Context.JournalEntries;
    public IReadOnlyList<Incident> Incidents => Context.Incidents;
    public IReadOnlyDictionary<string, object?> Output => Context.Output;
    public IReadOnlyDictionary<string, object?> Variables => Context.Variables;

    public WorkflowState ToState() => Context.ToState();
}

public class WorkflowStateException(string message) : InvalidOperationException(message);

public sealed class BookmarkNotFoundException(string bookmarkId, string instanceId)
    : WorkflowStateException($"Bookmark {bookmarkId} does not exist on instance {instanceId} (already consumed or never created).")
{
    public string BookmarkId { get; } = bookmarkId;
}
