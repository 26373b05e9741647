using IncidentWorkflows.Engine.Activities;

namespace IncidentWorkflows.Engine.Execution;

public sealed partial class ActivityExecutionContext
{
    public static readonly string[] DoneOutcome = ["Done"];

    /// <summary>Completes with the default <c>Done</c> outcome.</summary>
    public ValueTask CompleteAsync() => CompleteAsync(DoneOutcome);

    public ValueTask CompleteAsync(string outcome) => CompleteAsync([outcome]);

    /// <summary>
    /// Completes this activity: its unfinished children are cancelled, its bookmarks removed, and its parent
    /// is told (synchronously, so recursion depth is bounded by nesting, never by workflow length).
    /// </summary>
    public async ValueTask CompleteAsync(IReadOnlyList<string> outcomes)
    {
        if (IsFinished)
            return;

        Status = ActivityStatus.Completed;
        Outcomes = outcomes;
        CancelChildren();
        Workflow.RemoveBookmarksOf(this);
        Workflow.Journal(this, "Completed", outcomes);

        if (Parent is null)
        {
            Workflow.OnRootCompleted(this);
            return;
        }

        Parent.RemoveChild(this);
        Workflow.Forget(this);
        await Parent.Activity.OnChildCompletedAsync(Parent, this);
    }

    /// <summary>Schedules a child activity to run after the work already queued.</summary>
    public ActivityExecutionContext Schedule(Activity activity, Dictionary<string, object?>? input = null, Dictionary<string, object?>? variables = null)
    {
        var child = Workflow.CreateContext(activity, this);
        child.ScheduledInput = input;
        child.Variables = variables;
        AddChild(child);
        Workflow.Enqueue(child);
        return child;
    }

    /// <summary>Creates a bookmark owned by this activity; the burst ends with the instance suspended unless other work remains.</summary>
    public Bookmark CreateBookmark(string name, IReadOnlyDictionary<string, string>? payload = null, DateTimeOffset? resumeAt = null)
    {
        Status = ActivityStatus.Running;
        return Workflow.AddBookmark(this, name, payload, resumeAt);
    }

    /// <summary>
    /// Removes every bookmark this activity still holds, so an activity that waits for several stimuli (a timer and a
    /// signal) can re-arm on a resume instead of keeping a stale timer; removed timers are unscheduled after commit.
    /// </summary>
    public void RemoveBookmarks() => Workflow.RemoveBookmarksOf(this);

    /// <summary>Cancels this activity and its descendants without telling the parent (the caller handles the consequences).</summary>
    public void Cancel()
    {
        if (IsFinished)
            return;
        Status = ActivityStatus.Canceled;
        CancelChildren();
        Activity.OnCanceled(this);
        Workflow.RemoveBookmarksOf(this);
        Workflow.Journal(this, "Canceled", null);
        Parent?.RemoveChild(this);
        Workflow.Forget(this);
    }

    /// <summary>Faults this activity: records an incident and stops the workflow (Elsa's default fault strategy).</summary>
    public void Fault(string message, Exception? exception = null, string? code = null, string? category = null)
    {
        if (IsFinished)
            return;
        Status = ActivityStatus.Faulted;
        Workflow.OnFaulted(this, message, exception, code, category);
    }

    private void CancelChildren()
    {
        if (_children is null)
            return;
        foreach (var child in _children.ToArray())
            child.Cancel();
        _children.Clear();
    }

    /// <summary>The nearest ancestor (or self) that runs a workflow used as an activity.</summary>
    public ActivityExecutionContext? NearestComposite()
    {
        for (var current = this; current is not null; current = current.Parent)
        {
            if (current.Composite is not null)
                return current;
        }

        return null;
    }

    /// <summary>The nearest ancestor whose activity is of type <typeparamref name="T"/>.</summary>
    public ActivityExecutionContext? Ancestor<T>() where T : Activity
    {
        for (var current = Parent; current is not null; current = current.Parent)
        {
            if (current.Activity is T)
                return current;
        }

        return null;
    }
}
