using IncidentWorkflows.Activities.Tests.Support;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.HumanTasks;
using IncidentWorkflows.Persistence.Runtime;
using static IncidentWorkflows.Activities.Tests.HumanTasks.HumanTaskScenario;

namespace IncidentWorkflows.Activities.Tests.HumanTasks;

public sealed class HumanTaskActivityTests
{
    [Fact]
    public async Task Execute_WithTicket_WritesOpenTaskWithRenderedInstructionsAndTimelineEntry()
    {
        await using var host = await ActivityHost.StartAsync();
        var ticket = await OpenTicketAsync(host);

        var started = await StartApprovalAsync(host, ticket.DisplayNumber.ToString());

        Assert.Equal(WorkflowSubStatus.Suspended, started.SubStatus);
        var task = await TaskOfAsync(host, started.Id);
        Assert.Equal(HumanTaskStatus.Open, task.Status);
        Assert.Equal("Approve the change", task.Title);
        Assert.Equal("Check INC-000001 (Transfers time out): the gateway needs a restart", task.Instructions);
        Assert.Equal(ticket.SupportGroupId, task.CandidateGroup);
        Assert.False(task.GroupIsExplicit);
        Assert.Equal(ActivityHost.DefaultStart.AddHours(4), task.DueAt);
        Assert.Equal(["Approve", "Reject"], HumanTaskJson.Outcomes(task));
        Assert.Equal(["comment", "risk"], HumanTaskJson.Fields(task).Select(f => f.Name));
        Assert.Contains(started.Bookmarks, b => b.Id == task.BookmarkId && b.Payload!["taskId"] == task.Id);
        Assert.Contains(started.Bookmarks, b => b.Name == "Incidents.TicketChanged" && b.Payload!["ticket"] == "INC-000001");
        Assert.Equal(HumanTaskSteps.Created, Assert.Single(task.History).Kind);
        var stored = await host.TicketQueries.GetAsync(ticket.DisplayNumber, CancellationToken.None);
        Assert.Contains(stored!.Timeline, e => e.Subject == TimelineSubjects.HumanTask && e.Note!.StartsWith("created", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Approve", "approved", "rejected")]
    [InlineData("Reject", "rejected", "approved")]
    public async Task Resume_ChosenOutcome_RoutesAlongItAndCompletesTheRow(string outcome, string taken, string notTaken)
    {
        await using var host = await ActivityHost.StartAsync();
        var started = await StartApprovalAsync(host);
        var task = await TaskOfAsync(host, started.Id);

        var finished = await CompleteAsync(host, task, outcome);

        Assert.Equal(WorkflowSubStatus.Finished, finished.SubStatus);
        var completed = await CompletedActivitiesAsync(host, started.Id);
        Assert.Contains(taken, completed);
        Assert.DoesNotContain(notTaken, completed);
        var closed = await TaskOfAsync(host, started.Id);
        Assert.Equal((HumanTaskStatus.Completed, outcome, "eve@ops.test"), (closed.Status, closed.Outcome, closed.CompletedBy));
        Assert.Contains("restarted", closed.DataJson, StringComparison.Ordinal);
        Assert.Equal([HumanTaskSteps.Created, HumanTaskSteps.Completed], closed.History.OrderBy(s => s.Id).Select(s => s.Kind));
    }

    [Fact]
    public async Task Resume_SameBookmarkTwice_SecondIsRefusedAndTheTaskCompletesOnce()
    {
        await using var host = await ActivityHost.StartAsync();
        var started = await StartApprovalAsync(host);
        var task = await TaskOfAsync(host, started.Id);
        await CompleteAsync(host, task, "Approve");

        await Assert.ThrowsAsync<NotFoundException>(() => CompleteAsync(host, task, "Reject"));

        Assert.Single(await CompletedActivitiesAsync(host, started.Id), a => a == "task");
    }

    [Fact]
    public async Task Cancel_WaitingInstance_ClosesTheTaskInTheSameBurst()
    {
        await using var host = await ActivityHost.StartAsync();
        var ticket = await OpenTicketAsync(host);
        var started = await StartApprovalAsync(host, ticket.DisplayNumber.ToString());

        var cancelled = await host.Runtime.CancelAsync(started.Id, CancellationToken.None);

        Assert.Equal(WorkflowSubStatus.Cancelled, cancelled.SubStatus);
        var task = await TaskOfAsync(host, started.Id);
        Assert.Equal(HumanTaskStatus.Cancelled, task.Status);
        Assert.Equal(ActivityHost.DefaultStart, task.ClosedAt);
        Assert.Equal(HumanTaskSteps.Cancelled, task.History.OrderBy(s => s.Id).Last().Kind);
        var stored = await host.TicketQueries.GetAsync(ticket.DisplayNumber, CancellationToken.None);
        Assert.Contains(stored!.Timeline, e => e.Subject == TimelineSubjects.HumanTask && e.Note!.StartsWith("cancelled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resume_RunTask_ServedLikeAHumanTaskAndResultIsTheData()
    {
        await using var host = await ActivityHost.StartAsync();
        await host.ImportAsync("HumanTasks/Workflows/run-task.json");
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest("run-task"), CancellationToken.None);
        var task = await TaskOfAsync(host, started.Id);
        Assert.Equal(("Rotate the VPN keys", "Elsa.RunTask"), (task.Title, task.ActivityType));
        Assert.Contains("vpn-1", task.PayloadJson, StringComparison.Ordinal);

        var finished = await CompleteAsync(host, task, "Done");

        Assert.Equal(WorkflowSubStatus.Finished, finished.SubStatus);
        Assert.Contains("after", await CompletedActivitiesAsync(host, started.Id));
    }
}
