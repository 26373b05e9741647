using IncidentWorkflows.Activities.Tickets;
using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Security;

namespace IncidentWorkflows.Activities.Security;

/// <summary>
/// A containment action over a connector (process.md §7 steps 2e and 6a). The action is recorded and its call queued in the
/// outbox in the burst's transaction, keyed by the action's id, so a crash never loses it and a repeat delivery carries the
/// same key for the connector to drop. The connector's answer is recorded on the action when the call returns. An empty
/// target skips the action, so a form can leave out what does not apply.
/// </summary>
public abstract class ContainmentActivity : Activity
{
    public const string MessageKind = "security.containment";

    [Input(Description = "The ticket number, e.g. INC-000123.", IsRequired = true)]
    public Input<string> Ticket { get; set; } = new();

    [Input(Description = "What to act on (an account, a host, an IP address); empty skips the action.")]
    public Input<string> Target { get; set; } = new();

    [Input(Description = "The connector to use (configured under Security:Connectors); default webhook.")]
    public Input<string> Connector { get; set; } = new();

    [Input(Description = "Who asked for it (user name).")]
    public Input<string> RequestedBy { get; set; } = new();

    [Output(Description = "The id of the recorded action (security_containment_actions).")]
    public Output<string> ActionId { get; set; } = new();

    /// <summary>lock-account, isolate-endpoint, reset-credentials, block-ip.</summary>
    protected abstract string Action { get; }

    /// <summary>Whether the action puts a lockdown in place that someone must end explicitly.</summary>
    protected virtual bool OpensLockdown => true;

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var targets = (context.Get(Target) ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (targets.Length == 0)
        {
            await context.CompleteAsync("Skipped");
            return;
        }

        var number = BurstTickets.Number(context.Get(Ticket)).ToString();
        var db = context.GetRequiredService<WorkflowDbContext>();
        var report = await SecurityReports.FindAsync(db, number, context.CancellationToken);
        var now = context.Time.GetUtcNow();
        var ids = new List<string>();
        foreach (var target in targets)
        {
            var action = new ContainmentActionRecord
            {
                Id = Guid.CreateVersion7(now).ToString("N"),
                TicketNumber = number,
                Action = Action,
                Target = target,
                Connector = context.Get(Connector) is { Length: > 0 } connector ? connector : "webhook",
                Tlp = report?.Content.Tlp ?? "TLP:RED",
                RequestedBy = context.Get(RequestedBy) is { Length: > 0 } person ? person : "system",
                RequestedAt = now,
                InstanceId = context.WorkflowInstanceId,
                LockdownOpen = OpensLockdown,
            };
            db.ContainmentActions.Add(action);
            context.Workflow.Send(MessageKind, new { actionId = action.Id }, $"containment:{action.Id}");
            ids.Add(action.Id);
        }

        context.Set(ActionId, string.Join(",", ids), nameof(ActionId));
        await context.CompleteAsync("Requested");
    }
}

[Activity("Incidents.LockAccount", "Security", "Locks a user account through a containment connector; the lockdown stays until ended.",
    DisplayName = "Lock Account", Outcomes = ["Requested", "Skipped"])]
public sealed class LockAccount : ContainmentActivity
{
    protected override string Action => "lock-account";
}

[Activity("Incidents.IsolateEndpoint", "Security", "Isolates an endpoint from the network through a containment connector; the lockdown stays until ended.",
    DisplayName = "Isolate Endpoint", Outcomes = ["Requested", "Skipped"])]
public sealed class IsolateEndpoint : ContainmentActivity
{
    protected override string Action => "isolate-endpoint";
}

[Activity("Incidents.ResetCredentials", "Security", "Resets an account's credentials through a containment connector.",
    DisplayName = "Reset Credentials", Outcomes = ["Requested", "Skipped"])]
public sealed class ResetCredentials : ContainmentActivity
{
    protected override string Action => "reset-credentials";

    // A reset is done once it is done; there is nothing to lift afterwards.
    protected override bool OpensLockdown => false;
}

[Activity("Incidents.BlockIp", "Security", "Blocks an IP address through a containment connector; the lockdown stays until ended.",
    DisplayName = "Block IP", Outcomes = ["Requested", "Skipped"])]
public sealed class BlockIp : ContainmentActivity
{
    protected override string Action => "block-ip";
}
