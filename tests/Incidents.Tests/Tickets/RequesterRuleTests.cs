using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using static IncidentWorkflows.Incidents.Tests.Support.TestTickets;

namespace IncidentWorkflows.Incidents.Tests.Tickets;

/// <summary>Reopen and close belong to the requester; auto-close belongs to the system.</summary>
public class RequesterRuleTests
{
    private static readonly DateTimeOffset Later = MondayMorning.AddHours(1);

    [Fact]
    public void Apply_ReopenByStaffOnTheirOwn_IsRefused()
    {
        var ticket = InStatus(TicketStatus.Resolved);

        Assert.Equal(RuleIds.ReopenRequiresRequester, ticket.Apply(new Reopen(Engineer, Later, "Looks wrong.")).Refusal?.RuleId);
    }

    [Fact]
    public void Apply_ReopenByAnotherRequester_IsRefused()
    {
        var ticket = InStatus(TicketStatus.Resolved);

        Assert.Equal(RuleIds.ReopenRequiresRequester, ticket.Apply(new Reopen(Actor.Requester("someone-else"), Later, "Broken.")).Refusal?.RuleId);
    }

    [Fact]
    public void Apply_ReopenRecordedByStaffForTheRequester_IsAccepted()
    {
        var ticket = InStatus(TicketStatus.Resolved);

        var outcome = ticket.Apply(new Reopen(Engineer, Later, "Requester phoned: still failing.", Requester));

        Assert.True(outcome.IsAccepted);
        Assert.Equal(1, ticket.ReopenCount);
        Assert.Null(ticket.Resolution);
        var entry = ticket.Timeline.Last(e => e.Subject == TimelineSubjects.Reopened);
        Assert.Equal((Engineer.Id, Requester.Id), (entry.ActorId, entry.NewValue));
    }

    [Fact]
    public void Apply_ReopenWithoutReason_IsRefused()
    {
        var ticket = InStatus(TicketStatus.Resolved);

        Assert.Equal(RuleIds.ReopenReasonRequired, ticket.Apply(new Reopen(Requester, Later, "")).Refusal?.RuleId);
    }

    [Fact]
    public void Apply_CloseByStaff_IsRefused()
    {
        var ticket = InStatus(TicketStatus.Resolved);

        var outcome = ticket.Apply(new Close(Engineer, Later, CloseKind.RequesterAcknowledged));

        Assert.Equal(RuleIds.CloseRequiresRequesterAcknowledgement, outcome.Refusal?.RuleId);
    }

    [Fact]
    public void Apply_CloseAcknowledgedByRequester_RecordsTheAcknowledgement()
    {
        var ticket = InStatus(TicketStatus.Resolved);

        ticket.Apply(Close.Acknowledged(Requester, Later));

        Assert.Equal(new ClosureDetails(CloseKind.RequesterAcknowledged, Requester.Id, null, Later), ticket.Closure);
        Assert.Equal(Later, ticket.ClosedAt);
    }

    [Fact]
    public void Apply_AutoCloseBySystemWithReason_IsAccepted()
    {
        var ticket = InStatus(TicketStatus.Resolved);

        var outcome = ticket.Apply(Close.Automatically("No answer within 5 business days.", Later));

        Assert.True(outcome.IsAccepted);
        var entry = ticket.Timeline.Last(e => e.Subject == TimelineSubjects.Status);
        Assert.Equal(("system", ActorRole.System, "No answer within 5 business days."), (entry.ActorId, entry.ActorRole, entry.Note));
    }

    [Fact]
    public void Apply_AutoCloseByStaff_IsRefused()
    {
        var ticket = InStatus(TicketStatus.Resolved);

        var outcome = ticket.Apply(new Close(Engineer, Later, CloseKind.AutoClosed, Reason: "Silent requester."));

        Assert.Equal(RuleIds.AutoCloseRequiresSystem, outcome.Refusal?.RuleId);
    }

    [Fact]
    public void Apply_AutoCloseWithoutReason_IsRefused()
    {
        var ticket = InStatus(TicketStatus.Resolved);

        Assert.Equal(RuleIds.AutoCloseReasonRequired, ticket.Apply(Close.Automatically(" ", Later)).Refusal?.RuleId);
    }

    [Theory]
    [InlineData(Severity.S1, DefaultCategories.Platform)]
    [InlineData(Severity.S4, DefaultCategories.Security)]
    public void Apply_CloseS1OrSecurityWithoutRcaAndLessons_IsRefusedUntilBothAreRecorded(Severity severity, string category)
    {
        var ticket = InStatus(TicketStatus.Resolved, severity, category);

        var withoutRootCause = ticket.Apply(Close.Acknowledged(Requester, Later));
        ticket.RecordRootCause("RCA-17: expired certificate on the gateway.", Engineer, Later);
        var withoutLessons = ticket.Apply(Close.Acknowledged(Requester, Later));
        ticket.RecordLessonsLearned("Monitor certificate expiry; see the report.", Engineer, Later);
        var accepted = ticket.Apply(Close.Acknowledged(Requester, Later));

        Assert.Equal(RuleIds.RootCauseRequired, withoutRootCause.Refusal?.RuleId);
        Assert.Equal(RuleIds.LessonsLearnedRequired, withoutLessons.Refusal?.RuleId);
        Assert.True(accepted.IsAccepted);
    }
}
