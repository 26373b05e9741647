using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Values;

namespace IncidentWorkflows.Engine.Activities.Composition;

/// <summary>
/// Starts another workflow as a separate instance (stamped with this instance as its parent). With
/// WaitForCompletion it continues only when the child finished, receiving the child's status and output.
/// </summary>
[Activity("Elsa.ExecuteWorkflow", "Composition", "Starts another workflow as its own instance, optionally waiting for it to finish.", DisplayName = "Execute Workflow", Kind = ActivityKind.Action)]
public sealed class ExecuteWorkflow : Activity
{
    public const string StimulusName = "Elsa.ExecuteWorkflow";
    public const string ParentInstanceIdKey = "ParentInstanceId";

    [Input(Description = "The definition id of the workflow to run.", IsRequired = true)]
    public Input<string> WorkflowDefinitionId { get; set; } = new();

    [Input(Description = "Input for the child workflow.")]
    public Input<Dictionary<string, object?>> Input { get; set; } = new();

    [Input(Description = "Correlation id of the child instance.")]
    public Input<string> CorrelationId { get; set; } = new();

    [Input(Description = "Continue only after the child workflow finished.")]
    public Input<bool> WaitForCompletion { get; set; } = new();

    [Output(Description = "workflowInstanceId, status, subStatus and output of the child.")]
    public Output<object> Result { get; set; } = new();

    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var invoker = context.Workflow.Options.ChildInvoker;
        if (invoker is null)
        {
            context.Fault("Execute Workflow needs a runtime that can start other workflows.");
            return;
        }

        var definitionId = context.Get(WorkflowDefinitionId);
        if (string.IsNullOrWhiteSpace(definitionId))
        {
            context.Fault("Execute Workflow needs a workflow definition id.");
            return;
        }

        var input = new Dictionary<string, object?>(context.Get(Input) ?? [], StringComparer.Ordinal)
        {
            [ParentInstanceIdKey] = context.WorkflowInstanceId,
        };
        var wait = context.Get(WaitForCompletion);
        var request = new ChildWorkflowRequest(definitionId, input, context.Get(CorrelationId), context.WorkflowInstanceId, wait);
        var result = await invoker.InvokeAsync(request, context.CancellationToken);

        if (!wait || result.Status == WorkflowStatus.Finished)
        {
            if (wait)
                context.Set(Result, ToResult(result), "Result");
            await context.CompleteAsync();
            return;
        }

        context.CreateBookmark(StimulusName, new Dictionary<string, string> { ["childInstanceId"] = result.WorkflowInstanceId });
    }

    /// <summary>The runtime resumes with the child's final result as input.</summary>
    protected internal override ValueTask OnResumeAsync(ActivityExecutionContext context, Bookmark bookmark)
    {
        context.Set(Result, new Dictionary<string, object?>(context.Workflow.ResumeInput), "Result");
        return context.CompleteAsync();
    }

    public static Dictionary<string, object?> ToResult(ChildWorkflowResult result) => new(StringComparer.Ordinal)
    {
        ["workflowInstanceId"] = result.WorkflowInstanceId,
        ["status"] = result.Status.ToString(),
        ["subStatus"] = result.SubStatus.ToString(),
        ["output"] = result.Output.ToDictionary(p => p.Key, p => ValueConverter.Normalize(p.Value)),
    };
}
