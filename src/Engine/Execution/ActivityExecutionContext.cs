using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Expressions;
using IncidentWorkflows.Engine.Values;

namespace IncidentWorkflows.Engine.Execution;

/// <summary>
/// One execution of one activity inside a workflow instance: its status, state, local variables and children.
/// Activities act only through this object, which keeps them free of per-instance fields.
/// </summary>
public sealed partial class ActivityExecutionContext : IExpressionScope
{
    private List<ActivityExecutionContext>? _children;

    internal ActivityExecutionContext(WorkflowExecutionContext workflow, int id, Activity activity, ActivityExecutionContext? parent)
    {
        Workflow = workflow;
        Id = id;
        Activity = activity;
        Parent = parent;
    }

    public int Id { get; }
    public Activity Activity { get; }
    public ActivityExecutionContext? Parent { get; }
    public WorkflowExecutionContext Workflow { get; }
    public ActivityStatus Status { get; internal set; }
    public ActivityState? State { get; set; }

    /// <summary>When the activity began executing (for the journal's start/end).</summary>
    public DateTimeOffset? StartedAt { get; internal set; }

    /// <summary>Outcomes the activity completed with; flowcharts follow connections from these ports.</summary>
    public IReadOnlyList<string> Outcomes { get; internal set; } = [];

    /// <summary>Variables declared at this level (containers, loop iterations, workflows used as activities).</summary>
    public Dictionary<string, object?>? Variables { get; set; }

    /// <summary>Values handed to the activity by whoever scheduled it.</summary>
    public Dictionary<string, object?>? ScheduledInput { get; set; }

    /// <summary>Set on the context that runs a workflow used as an activity: its inputs and outputs live here.</summary>
    public CompositeScope? Composite { get; set; }

    /// <summary>Children scheduled and not yet completed or cancelled.</summary>
    public IReadOnlyList<ActivityExecutionContext> LiveChildren => (IReadOnlyList<ActivityExecutionContext>?)_children ?? [];

    public bool HasLiveChildren => _children is { Count: > 0 };

    public TimeProvider Time => Workflow.Time;

    public bool IsFinished => Status is ActivityStatus.Completed or ActivityStatus.Canceled or ActivityStatus.Faulted;

    internal void AddChild(ActivityExecutionContext child) => (_children ??= []).Add(child);

    internal void RemoveChild(ActivityExecutionContext child) => _children?.Remove(child);

    public T? Get<T>(Input<T> input)
    {
        var expression = input.Expression;
        if (expression is null)
            return input.Default;
        if (expression is ConstantExpression constant)
            return (T?)constant.Value;
        return ValueConverter.Convert<T>(expression.Evaluate(this));
    }

    /// <summary>Evaluates an input of unknown type (used for the journal and generic activities).</summary>
    public object? GetValue(InputBase input) =>
        input.Expression?.Evaluate(this) ?? input.GetType().GetProperty(nameof(Input<object>.Default))?.GetValue(input);

    public void Set<T>(Output<T> output, T? value, string outputName)
    {
        if (output.Target is not null)
            Workflow.AssignTarget(this, output.Target, value);
        Workflow.RecordActivityOutput(Activity, outputName, value);
    }

    public void WriteLine(string? text) => Workflow.Out.WriteLine(text);
}

/// <summary>Inputs and outputs of a workflow that runs as an activity inside another.</summary>
public sealed class CompositeScope
{
    public Dictionary<string, object?> Inputs { get; set; } = new(StringComparer.Ordinal);
    public Dictionary<string, object?> Outputs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Outcome chosen by an <c>Elsa.Complete</c> inside the composite.</summary>
    public List<string>? CompletedOutcomes { get; set; }
}
