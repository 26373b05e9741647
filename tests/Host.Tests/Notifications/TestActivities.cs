using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Host.Notifications;

namespace IncidentWorkflows.Host.Tests.Notifications;

/// <summary>Queues an email as notification activities do: through the burst, keyed by instance and activity.</summary>
[Activity("Test.QueueEmail", "Test", "Queues an email through the outbox.")]
public sealed class QueueEmail : Activity
{
    [Input]
    public Input<string> To { get; set; } = new();

    [Input]
    public Input<string> Subject { get; set; } = new();

    public static string KeyFor(string instanceId) => $"{instanceId}:mail";

    protected override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var payload = new { to = new[] { context.Get(To) }, subject = context.Get(Subject), text = "Queued by a workflow." };
        context.Workflow.Send(MessageKinds.Email, payload, KeyFor(context.WorkflowInstanceId));
        return context.CompleteAsync();
    }
}

/// <summary>
/// Makes the burst's commit fail: it queues a message under the key <see cref="QueueEmail"/> already used, which the
/// outbox's unique index refuses at commit. It stands for any failure at commit (disk full, lost connection, a conflict).
/// </summary>
[Activity("Test.BreakCommit", "Test", "Queues a message whose key collides, so the transaction fails.")]
public sealed class BreakCommit : Activity
{
    protected override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Workflow.Send("test.other", new { }, QueueEmail.KeyFor(context.WorkflowInstanceId));
        return context.CompleteAsync();
    }
}
