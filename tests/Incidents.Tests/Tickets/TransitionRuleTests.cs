using IncidentWorkflows.Incidents.Tests.Support;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using static IncidentWorkflows.Incidents.Tests.Support.TestTickets;

namespace IncidentWorkflows.Incidents.Tests.Tickets;

public class TransitionRuleTests
{
    private static readonly DateTimeOffset Later = MondayMorning.AddHours(1);

    [Fact]
    public void Apply_StartWorkWithoutAssignee_IsRefused()
    {
        var ticket = Open();

        var outcome = ticket.Apply(new StartWork(Engineer, Later));

        Assert.Equal(RuleIds.AssigneeRequired, outcome.Refusal?.RuleId);
    }

    [Fact]
    public void Apply_StartWorkOnAssignedTicket_UsesTheAssigneeAndIsTheFirstResponse()
    {
        var ticket = Open();
        ticket.Assign("sam", Engineer, MondayMorning.AddMinutes(5));

        var outcome = ticket.Apply(new StartWork(Engineer, Later));

        Assert.True(outcome.IsAccepted);
        Assert.Equal("sam", ticket.AssigneeId);
        Assert.Equal(Later, ticket.FirstRespondedAt);
    }

    [Theory]
    [InlineData("", "Needs a code change.", RuleIds.EscalationTargetRequired)]
    [InlineData("product-delivery", " ", RuleIds.EscalationReasonRequired)]
    public void Apply_EscalateWithoutTargetOrReason_IsRefused(string to, string reason, string rule)
    {
        var ticket = InStatus(TicketStatus.InProgress);

        Assert.Equal(rule, ticket.Apply(new Escalate(Engineer, Later, to, reason)).Refusal?.RuleId);
    }

    [Fact]
    public void Apply_Escalate_RecordsToWhomAndWhy()
    {
        var ticket = InStatus(TicketStatus.InProgress);

        ticket.Apply(new Escalate(Engineer, Later, "oem-switch-vendor", "Firmware bug."));

        Assert.Equal(new EscalationDetails("oem-switch-vendor", "Firmware bug.", Engineer.Id, Later), ticket.Escalation);
        var entry = ticket.Timeline.Last(e => e.Subject == TimelineSubjects.EscalatedTo);
        Assert.Equal(("oem-switch-vendor", "Firmware bug."), (entry.NewValue, entry.Note));
    }

    [Fact]
    public void Apply_LeavingPendingOrEscalated_ForgetsTheirDetailsButNotTheirTimeline()
    {
        var pending = InStatus(TicketStatus.Pending);
        var escalated = InStatus(TicketStatus.Escalated);

        pending.Apply(new Cancel(Engineer, Later, CustomerManager));
        escalated.Apply(new Resolve(Engineer, Later, ResolutionKind.PermanentFix, "Vendor patch applied."));

        Assert.Null(pending.Pending);
        Assert.Null(escalated.Escalation);
        Assert.Contains(pending.Timeline, entry => entry.Subject == TimelineSubjects.Pending);
        Assert.Contains(escalated.Timeline, entry => entry.Subject == TimelineSubjects.EscalatedTo);
    }

    [Fact]
    public void Apply_ResolveWithoutDocumentedResolution_IsRefused()
    {
        var ticket = InStatus(TicketStatus.InProgress);

        Assert.Equal(RuleIds.ResolutionRequired, ticket.Apply(new Resolve(Engineer, Later, ResolutionKind.Workaround, "")).Refusal?.RuleId);
    }

    [Fact]
    public void Apply_ResolveWithMandatoryTaskOpen_IsRefusedNamingTheTask()
    {
        var ticket = InStatus(TicketStatus.InProgress);
        ticket.AddTask("Patch the database", isMandatory: true, "dba", Engineer, Later);
        ticket.AddTask("Update the wiki", isMandatory: false, null, Engineer, Later);

        var outcome = ticket.Apply(new Resolve(Engineer, Later, ResolutionKind.PermanentFix, "Patched."));

        Assert.Equal(RuleIds.MandatoryTaskOpen, outcome.Refusal?.RuleId);
        Assert.Contains("Patch the database", outcome.Refusal!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wiki", outcome.Refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Apply_ResolveAfterMandatoryTaskDoneOrDropped_IsAccepted(bool complete)
    {
        var ticket = InStatus(TicketStatus.InProgress);
        var task = ticket.AddTask("Patch the database", isMandatory: true, "dba", Engineer, Later).Value!;
        var closed = complete ? ticket.CompleteTask(task.Id, Engineer, Later) : ticket.CancelTask(task.Id, "Not needed after all.", Engineer, Later);

        var outcome = ticket.Apply(new Resolve(Engineer, Later, ResolutionKind.PermanentFix, "Patched."));

        Assert.True(closed.IsAccepted);
        Assert.True(outcome.IsAccepted);
    }

    [Fact]
    public void Apply_CancelRequestedByStaff_IsRefused()
    {
        var ticket = InStatus(TicketStatus.InProgress);

        Assert.Equal(RuleIds.CancelRequiresCustomer, ticket.Apply(new Cancel(Engineer, Later, Engineer)).Refusal?.RuleId);
    }

    [Theory]
    [InlineData(ActorRole.Requester)]
    [InlineData(ActorRole.Customer)]
    public void Apply_CancelRequestedByCustomerSide_RecordsWhoAsked(ActorRole role)
    {
        var ticket = InStatus(TicketStatus.Pending);
        var asker = new Actor("paula", role);

        var outcome = ticket.Apply(new Cancel(Engineer, Later, asker, "Duplicate of INC-000100."));

        Assert.True(outcome.IsAccepted);
        Assert.Equal(new CancellationDetails("paula", "Duplicate of INC-000100.", Engineer.Id, Later), ticket.Cancellation);
        Assert.Equal(Later, ticket.CancelledAt);
    }
}
