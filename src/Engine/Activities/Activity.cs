using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Model;

namespace IncidentWorkflows.Engine.Activities;

/// <summary>
/// Base of every activity. One instance exists per node of a compiled workflow version and holds only
/// configuration (bound inputs, children); everything that changes while running lives in the
/// <see cref="ActivityExecutionContext"/>, so instances are shared by all workflow instances of that version.
/// </summary>
public abstract class Activity
{
    /// <summary>The JSON node this activity was built from.</summary>
    public ActivityNode Node { get; internal set; } = null!;

    /// <summary>Unique path of the node within the compiled workflow (nested workflows repeat ids).</summary>
    public string NodeId { get; internal set; } = "";

    /// <summary>The owning container activity, or null for the root.</summary>
    public Activity? Parent { get; internal set; }

    public string Id => Node.Id;
    public string Type => Node.Type;
    public string? Name => Node.Name;

    /// <summary>Runs the activity. It completes, schedules children, creates bookmarks or faults through <paramref name="context"/>.</summary>
    protected internal abstract ValueTask ExecuteAsync(ActivityExecutionContext context);

    /// <summary>Called on a container when one of its children completed (or was cancelled).</summary>
    protected internal virtual ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ActivityExecutionContext child) => default;

    /// <summary>Called when one of this activity's bookmarks is resumed; by default the activity completes.</summary>
    protected internal virtual ValueTask OnResumeAsync(ActivityExecutionContext context, Bookmark bookmark) => context.CompleteAsync();

    /// <summary>
    /// Called once when this activity is cancelled before it finished: by its parent, by a flowchart that moved past it,
    /// or because the whole instance was cancelled or ended. Runs in the same burst, so what the activity stages here (a
    /// human task closed, a lease given back) commits with the cancellation. It must not throw and must not schedule work.
    /// </summary>
    protected internal virtual void OnCanceled(ActivityExecutionContext context)
    {
    }

    /// <summary>Activities directly contained in this one (slots and container members).</summary>
    public virtual IEnumerable<Activity> Children => [];

    /// <summary>The ports this node can be connected from; null means "not known before run time".</summary>
    public virtual IReadOnlyList<string>? GetPorts() =>
        ActivityMetadata.Of(GetType())?.Outcomes;

    /// <summary>
    /// For trigger activities: the stimuli (payloads) that start a new instance at this activity, known from constant
    /// inputs when the definition is published. The runtime indexes them by <see cref="Execution.BookmarkHasher"/>.
    /// </summary>
    public virtual IEnumerable<IReadOnlyDictionary<string, string>> TriggerPayloads() => [];

    /// <summary>Whether this node may start a workflow on its own (a trigger marked "can start workflow").</summary>
    public bool CanStartWorkflow =>
        Node.CustomProperties["canStartWorkflow"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;

    /// <summary>Compile-time hook for activities that derive structure from their node (containers, composites).</summary>
    protected internal virtual void OnCompiled(Compilation.CompilationContext context)
    {
    }
}
