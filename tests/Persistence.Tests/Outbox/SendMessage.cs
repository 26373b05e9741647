using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Persistence.Tests.Outbox;

/// <summary>A test activity that asks for a side effect, as notification activities do.</summary>
[Activity("Test.SendMessage", "Test", "Queues an outbox message.")]
public sealed class SendMessage : Activity
{
    [Input]
    public Input<string> Text { get; set; } = new();

    protected override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var text = context.Get(Text);
        context.Workflow.Send("test.message", new { text }, $"{context.WorkflowInstanceId}:{context.Activity.Id}");
        return context.CompleteAsync();
    }
}
