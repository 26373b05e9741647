using IncidentWorkflows.Activities.Tests.Support;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using IncidentWorkflows.Persistence.HumanTasks;
using static IncidentWorkflows.Activities.Tests.HumanTasks.HumanTaskScenario;

namespace IncidentWorkflows.Activities.Tests.HumanTasks;

public sealed class TicketFollowingTests
{
    [Fact]
    public async Task TicketChanged_GroupMoved_TaskFollowsAndKeepsWaiting()
    {
        await using var host = await ActivityHost.StartAsync();
        var ticket = await OpenTicketAsync(host);
        var started = await StartApprovalAsync(host, ticket.DisplayNumber.ToString());
        await host.Tickets.ChangeAsync(ticket.DisplayNumber, c => c.Ticket.TransferToGroup("l2-platform", SupportLevel.L2, "needs L2", Engineer, c.At), CancellationToken.None);

        var woken = Assert.Single(await TicketChangedAsync(host, ticket));

        Assert.Equal(WorkflowSubStatus.Suspended, woken.SubStatus);
        var task = await TaskOfAsync(host, started.Id);
        Assert.Equal((HumanTaskStatus.Open, "l2-platform"), (task.Status, task.CandidateGroup));
        var moved = task.History.Single(s => s.Kind == HumanTaskSteps.GroupChanged);
        Assert.Equal((ticket.SupportGroupId, "l2-platform"), (moved.OldValue, moved.NewValue));
        // Still waiting for both: completion and the next ticket change.
        Assert.Contains(woken.Bookmarks, b => b.Id == task.BookmarkId);
        Assert.Contains(woken.Bookmarks, b => b.Name == "Incidents.TicketChanged");
    }

    [Fact]
    public async Task TicketChanged_ExplicitGroup_GroupStays()
    {
        await using var host = await ActivityHost.StartAsync();
        var ticket = await OpenTicketAsync(host);
        var started = await StartApprovalAsync(host, ticket.DisplayNumber.ToString(), group: "change-board");
        await host.Tickets.ChangeAsync(ticket.DisplayNumber, c => c.Ticket.TransferToGroup("l2-platform", SupportLevel.L2, "needs L2", Engineer, c.At), CancellationToken.None);

        await TicketChangedAsync(host, ticket);

        var task = await TaskOfAsync(host, started.Id);
        Assert.Equal(("change-board", true), (task.CandidateGroup, task.GroupIsExplicit));
        Assert.DoesNotContain(task.History, s => s.Kind == HumanTaskSteps.GroupChanged);
    }

    [Fact]
    public async Task TicketChanged_TicketCancelled_TaskObsoleteAndActivityTakesTicketResolved()
    {
        await using var host = await ActivityHost.StartAsync();
        var ticket = await OpenTicketAsync(host);
        var started = await StartApprovalAsync(host, ticket.DisplayNumber.ToString());
        var requester = Actor.Requester(ticket.RequesterId);
        await host.Tickets.ChangeAsync(ticket.DisplayNumber, c => c.Ticket.Apply(new Cancel(requester, c.At, requester, "fixed itself")), CancellationToken.None);

        var woken = Assert.Single(await TicketChangedAsync(host, ticket));

        Assert.Equal(WorkflowSubStatus.Finished, woken.SubStatus);
        Assert.Equal(HumanTaskStatus.Obsolete, (await TaskOfAsync(host, started.Id)).Status);
        Assert.Contains("obsolete", await CompletedActivitiesAsync(host, started.Id));
        Assert.Empty(woken.Bookmarks);
    }
}
