using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Tickets;
using static IncidentWorkflows.Incidents.Tests.Support.TestTickets;

namespace IncidentWorkflows.Incidents.Tests.Tickets;

public class TaskAndCommentTests
{
    private static readonly DateTimeOffset Later = MondayMorning.AddHours(1);

    [Fact]
    public void CompleteTask_Twice_SecondIsRefused()
    {
        var ticket = InStatus(TicketStatus.InProgress);
        var task = ticket.AddTask("Collect gateway logs", true, "ops", Engineer, Later).Value!;

        var first = ticket.CompleteTask(task.Id, Engineer, Later);
        var second = ticket.CompleteTask(task.Id, Engineer, Later);

        Assert.True(first.IsAccepted);
        Assert.Equal(RuleIds.TaskAlreadyClosed, second.Refusal?.RuleId);
        Assert.Equal((TaskState.Done, Engineer.Id, (DateTimeOffset?)Later), (task.State, task.ClosedBy, task.ClosedAt));
    }

    [Fact]
    public void TaskCommands_UnknownTaskOrMissingText_AreRefused()
    {
        var ticket = InStatus(TicketStatus.InProgress);
        var task = ticket.AddTask("Collect logs", true, null, Engineer, Later).Value!;

        Assert.Equal(RuleIds.TaskNotFound, ticket.CompleteTask(Guid.NewGuid(), Engineer, Later).Refusal?.RuleId);
        Assert.Equal(RuleIds.ReasonRequired, ticket.CancelTask(task.Id, "", Engineer, Later).Refusal?.RuleId);
        Assert.Equal(RuleIds.TextRequired, ticket.AddTask(" ", false, null, Engineer, Later).Refusal?.RuleId);
    }

    [Fact]
    public void AddTask_OnClosedTicket_IsRefused()
    {
        var ticket = InStatus(TicketStatus.Closed);

        Assert.Equal(RuleIds.TicketClosed, ticket.AddTask("Late idea", false, null, Engineer, Later).Refusal?.RuleId);
    }

    [Fact]
    public void AddComment_FirstPublicStaffUpdate_IsTheFirstResponse()
    {
        var ticket = Open(Severity.S2);

        ticket.AddComment("Looking into it.", Visibility.Internal, Engineer, MondayMorning.AddMinutes(5));
        ticket.AddComment("Customer adds a screenshot.", Visibility.Public, Requester, MondayMorning.AddMinutes(6));
        ticket.AddComment("We are on it; next update in 30 minutes.", Visibility.Public, Engineer, MondayMorning.AddMinutes(7));

        Assert.Equal(MondayMorning.AddMinutes(7), ticket.FirstRespondedAt);
        Assert.Equal(SlaClockState.Stopped, ticket.Sla.Response.State);
        Assert.Equal(TicketStatus.New, ticket.Status);
    }

    [Fact]
    public void AddComment_AfterClose_OnlyInternalNotesAreAccepted()
    {
        var ticket = InStatus(TicketStatus.Closed);

        Assert.Equal(RuleIds.TicketClosed, ticket.AddComment("Anyone?", Visibility.Public, Engineer, Later).Refusal?.RuleId);
        Assert.True(ticket.AddComment("Linked to problem PRB-7.", Visibility.Internal, Engineer, Later).IsAccepted);
    }

    [Fact]
    public void RequesterView_ShowsPublicUpdatesAndStatusHistoryOnly()
    {
        var ticket = InStatus(TicketStatus.InProgress);
        ticket.AddComment("Internal: suspect the HSM.", Visibility.Internal, Engineer, Later);
        ticket.AddComment("We found the cause and are fixing it.", Visibility.Public, Engineer, Later);

        var view = RequesterView.Of(ticket);

        Assert.Equal(("INC-000123", TicketStatus.InProgress), (view.Number, view.Status));
        Assert.Equal(["We found the cause and are fixing it."], view.PublicUpdates.Select(comment => comment.Text));
        Assert.All(view.History, entry => Assert.Equal(Visibility.Public, entry.Visibility));
        Assert.DoesNotContain(view.History, entry => entry.Subject is TimelineSubjects.Severity or TimelineSubjects.Assignee);
    }

    [Fact]
    public void Acknowledge_Twice_RecordsOnceAndStopsTheAcknowledgeClock()
    {
        var ticket = Open(Severity.S1);

        ticket.Acknowledge(Engineer, MondayMorning.AddMinutes(2));
        ticket.Acknowledge(Engineer, MondayMorning.AddMinutes(3));

        Assert.Equal(MondayMorning.AddMinutes(2), ticket.AcknowledgedAt);
        Assert.Single(ticket.Timeline, entry => entry.Subject == TimelineSubjects.Acknowledged);
        Assert.Equal(SlaClockState.Stopped, ticket.Sla.Acknowledge!.State);
        Assert.Equal(SlaClockState.Running, ticket.Sla.Response.State);
    }
}
