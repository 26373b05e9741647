namespace IncidentWorkflows.Engine.Execution;

/// <summary>Settings for one burst of execution.</summary>
public sealed class RunOptions
{
    public static readonly RunOptions Default = new();

    /// <summary>Where <c>Elsa.WriteLine</c> writes; the host captures it.</summary>
    public TextWriter Out { get; init; } = TextWriter.Null;

    public JournalLevel JournalLevel { get; init; } = JournalLevel.Summary;
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Runs other workflows for <c>Elsa.ExecuteWorkflow</c>; without one that activity faults.</summary>
    public IChildWorkflowInvoker? ChildInvoker { get; init; }

    /// <summary>
    /// Services for activities during this burst. The durable runtime hands in the burst's own unit of work, so that
    /// domain changes an activity makes (a ticket, its timeline) commit in the same transaction as the workflow state.
    /// </summary>
    public IServiceProvider? Services { get; init; }
}

/// <summary>How a new instance starts.</summary>
public sealed class StartOptions
{
    public string? InstanceId { get; init; }
    public string? CorrelationId { get; init; }
    public IReadOnlyDictionary<string, object?>? Input { get; init; }
    public IReadOnlyDictionary<string, object?>? Properties { get; init; }

    /// <summary>Start at this activity (the trigger that fired) instead of the flowchart's start.</summary>
    public string? TriggerActivityId { get; init; }

    /// <summary>What the trigger received (an event's payload, an HTTP request); the trigger activity reads it like a resume input.</summary>
    public IReadOnlyDictionary<string, object?>? TriggerInput { get; init; }

    public FlowchartMode FlowchartMode { get; init; } = FlowchartMode.CounterBased;
}

/// <summary>What the <c>Elsa.ExecuteWorkflow</c> activity needs from the runtime.</summary>
public interface IChildWorkflowInvoker
{
    ValueTask<ChildWorkflowResult> InvokeAsync(ChildWorkflowRequest request, CancellationToken cancellationToken);
}

public sealed record ChildWorkflowRequest(
    string DefinitionId,
    IReadOnlyDictionary<string, object?> Input,
    string? CorrelationId,
    string ParentInstanceId,
    bool WaitForCompletion);

public sealed record ChildWorkflowResult(
    string WorkflowInstanceId,
    WorkflowStatus Status,
    WorkflowSubStatus SubStatus,
    IReadOnlyDictionary<string, object?> Output);
