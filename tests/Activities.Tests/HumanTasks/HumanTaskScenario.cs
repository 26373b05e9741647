using IncidentWorkflows.Activities.HumanTasks;
using IncidentWorkflows.Activities.Tests.Support;
using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Triage;
using IncidentWorkflows.Persistence.HumanTasks;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Activities.Tests.HumanTasks;

/// <summary>Shared steps of the human task tests: a ticket, the approval workflow started for it, the task row and the journal.</summary>
internal static class HumanTaskScenario
{
    public static readonly Actor Engineer = Actor.Staff("eve@ops.test");

    public static async Task<Ticket> OpenTicketAsync(ActivityHost host) =>
        await host.Tickets.OpenAsync(new TicketReport
        {
            Kind = TicketKind.Incident, Title = "Transfers time out", Category = "Platform", Subcategory = "Transfers",
            RequesterId = "rita@partner.test", Channel = Channel.Portal,
            Facts = new TriageFacts(new SeverityFacts { FunctionalImpact = FunctionalImpact.MinorOrModerate, AffectedUsers = 1 }, new PriorityFacts { UsersUnableToWork = 1 }),
        }, Engineer, CancellationToken.None);

    public static async Task<InstanceResult> StartApprovalAsync(ActivityHost host, string? ticket = null, string? group = null)
    {
        await host.ImportAsync("HumanTasks/Workflows/approval-task.json");
        return await host.Runtime.StartAsync(new StartWorkflowRequest("approval-task", new Dictionary<string, object?>
        {
            ["Ticket"] = ticket ?? "", ["Group"] = group ?? "", ["Reason"] = "the gateway needs a restart",
        }), CancellationToken.None);
    }

    public static async Task<HumanTaskRecord> TaskOfAsync(ActivityHost host, string instanceId)
    {
        await using var db = host.Db();
        return await db.HumanTasks.AsNoTracking().Include(t => t.History).SingleAsync(t => t.InstanceId == instanceId);
    }

    public static async Task<List<string>> CompletedActivitiesAsync(ActivityHost host, string instanceId)
    {
        await using var db = host.Db();
        return await db.Journal.AsNoTracking().Where(j => j.InstanceId == instanceId && j.EventName == "Completed")
            .OrderBy(j => j.Id).Select(j => j.ActivityId).ToListAsync();
    }

    public static Task<InstanceResult> CompleteAsync(ActivityHost host, HumanTaskRecord task, string outcome, string by = "eve@ops.test") =>
        host.Runtime.ResumeAsync(task.BookmarkId, new Dictionary<string, object?>
        {
            [HumanTaskBookmarks.OutcomeInput] = outcome,
            [HumanTaskBookmarks.DataInput] = new Dictionary<string, object?> { ["comment"] = "restarted", ["risk"] = "low" },
            [HumanTaskBookmarks.CompletedByInput] = by,
        }, CancellationToken.None);

    /// <summary>What the ticket store does after a ticket change: wakes the tasks following that ticket.</summary>
    public static Task<IReadOnlyList<InstanceResult>> TicketChangedAsync(ActivityHost host, Ticket ticket) =>
        host.Runtime.ResumeByStimulusAsync(HumanTaskBookmarks.TicketChanged, HumanTaskBookmarks.TicketChangedPayload(ticket.DisplayNumber.ToString()), null, null, CancellationToken.None);
}
