using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Compilation;

namespace IncidentWorkflows.Engine.Execution;

/// <summary>
/// A workflow instance while a burst runs: built from a <see cref="WorkflowState"/> (or fresh), driven by an explicit
/// FIFO work queue, and turned back into a state at the end. Nothing survives in memory between bursts.
/// </summary>
public sealed partial class WorkflowExecutionContext
{
    private readonly Queue<ActivityExecutionContext> _queue = new();
    private readonly Dictionary<int, ActivityExecutionContext> _contexts = [];
    private readonly List<Bookmark> _bookmarks = [];
    private readonly List<Bookmark> _createdBookmarks = [];
    private readonly List<Bookmark> _removedBookmarks = [];
    private readonly List<JournalEntry> _journal = [];
    private int _nextContextId = 1;

    internal WorkflowExecutionContext(CompiledWorkflow compiled, string instanceId, TimeProvider time, RunOptions options)
    {
        Compiled = compiled;
        InstanceId = instanceId;
        Time = time;
        Options = options;
    }

    public CompiledWorkflow Compiled { get; }
    public string InstanceId { get; }
    public TimeProvider Time { get; }
    public RunOptions Options { get; }
    public TextWriter Out => Options.Out;
    public CancellationToken CancellationToken => Options.CancellationToken;
    public string? CorrelationId { get; set; }
    public string? Name { get; set; }
    public WorkflowStatus Status { get; private set; } = WorkflowStatus.Running;
    public WorkflowSubStatus SubStatus { get; private set; } = WorkflowSubStatus.Pending;
    public FlowchartMode FlowchartMode { get; internal set; }
    public string? TriggerActivityId { get; internal set; }

    /// <summary>Set once the trigger activity has run, so later executions of it wait like any other.</summary>
    public bool TriggerConsumed { get; internal set; }
    public Dictionary<string, object?> Input { get; private set; } = new(StringComparer.Ordinal);
    public Dictionary<string, object?> Output { get; private set; } = new(StringComparer.Ordinal);
    public Dictionary<string, object?> Properties { get; private set; } = new(StringComparer.Ordinal);
    public Dictionary<string, object?> Variables { get; private set; } = new(StringComparer.Ordinal);
    public Dictionary<string, Dictionary<string, object?>> ActivityOutputs { get; private set; } = new(StringComparer.Ordinal);
    public List<Incident> Incidents { get; private set; } = [];
    public object? LastResult { get; internal set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Input given with the resume that started this burst (e.g. the payload of an event).</summary>
    public IReadOnlyDictionary<string, object?> ResumeInput { get; internal set; } = EmptyInput;

    /// <summary>Values for the caller of this burst only, never persisted (e.g. the HTTP response a workflow wrote).</summary>
    public Dictionary<string, object?> Transient { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<Bookmark> Bookmarks => _bookmarks;
    public IReadOnlyList<JournalEntry> JournalEntries => _journal;
    public IEnumerable<ActivityExecutionContext> Contexts => _contexts.Values;

    internal static readonly IReadOnlyDictionary<string, object?> EmptyInput = new Dictionary<string, object?>();

    internal ActivityExecutionContext CreateContext(Activity activity, ActivityExecutionContext? parent)
    {
        var context = new ActivityExecutionContext(this, _nextContextId++, activity, parent);
        _contexts[context.Id] = context;
        return context;
    }

    internal void Enqueue(ActivityExecutionContext context) => _queue.Enqueue(context);

    internal void Forget(ActivityExecutionContext context) => _contexts.Remove(context.Id);

    public ActivityExecutionContext? FindContext(int id) => _contexts.GetValueOrDefault(id);

    /// <summary>Runs queued work until every path completed or waits on a bookmark.</summary>
    internal async ValueTask RunQueueAsync()
    {
        if (Status == WorkflowStatus.Running)
            SubStatus = WorkflowSubStatus.Executing;
        while (_queue.TryDequeue(out var context))
        {
            if (context.Status != ActivityStatus.Pending || Status == WorkflowStatus.Finished)
                continue;

            CancellationToken.ThrowIfCancellationRequested();
            context.Status = ActivityStatus.Running;
            context.StartedAt = Time.GetUtcNow();
            try
            {
                await context.Activity.ExecuteAsync(context);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                context.Fault(e.Message, e);
            }
        }

        if (Status == WorkflowStatus.Running)
            SubStatus = _bookmarks.Count > 0 || _contexts.Count > 0 ? WorkflowSubStatus.Suspended : WorkflowSubStatus.Finished;
        if (SubStatus == WorkflowSubStatus.Finished)
            Status = WorkflowStatus.Finished;
    }

    internal async ValueTask ResumeAsync(Bookmark bookmark)
    {
        var context = FindContext(bookmark.ActivityInstanceId)
            ?? throw new InvalidOperationException($"Bookmark {bookmark.Id} points at activity instance {bookmark.ActivityInstanceId}, which is no longer active.");
        RemoveBookmark(bookmark);
        SubStatus = WorkflowSubStatus.Executing;
        try
        {
            await context.Activity.OnResumeAsync(context, bookmark);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.Fault(e.Message, e);
        }

        await RunQueueAsync();
    }

    internal void OnRootCompleted(ActivityExecutionContext root)
    {
        Forget(root);
        Finish(WorkflowSubStatus.Finished);
    }

    /// <summary>Ends the instance now: remaining work is dropped and bookmarks removed.</summary>
    public void Finish(WorkflowSubStatus subStatus)
    {
        Status = WorkflowStatus.Finished;
        SubStatus = subStatus;
        _queue.Clear();
        foreach (var context in _contexts.Values.ToArray())
        {
            if (context.IsFinished)
                continue;
            context.Status = subStatus == WorkflowSubStatus.Cancelled ? ActivityStatus.Canceled : context.Status;
            // Whatever still waits when the instance ends will never be resumed: let it close what it opened.
            context.Activity.OnCanceled(context);
        }

        _contexts.Clear();
        foreach (var bookmark in _bookmarks.ToArray())
            RemoveBookmark(bookmark);
    }

    internal void OnFaulted(ActivityExecutionContext context, string message, Exception? exception, string? code, string? category)
    {
        var activity = context.Activity;
        Incidents.Add(new Incident(activity.Id, activity.NodeId, activity.Type, message, exception?.GetType().Name, code, category, Time.GetUtcNow(), context.Id));
        Journal(context, "Faulted", null, message);

        // Elsa's default strategy: the instance stops; its state is kept so it can be retried from the faulted activity.
        for (var ancestor = context.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (!ancestor.IsFinished)
                ancestor.Status = ActivityStatus.Faulted;
        }

        _queue.Clear();
        Status = WorkflowStatus.Finished;
        SubStatus = WorkflowSubStatus.Faulted;
    }
}
