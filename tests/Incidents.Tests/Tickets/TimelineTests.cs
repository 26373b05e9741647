using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using IncidentWorkflows.Incidents.Triage;
using static IncidentWorkflows.Incidents.Tests.Support.TestTickets;

namespace IncidentWorkflows.Incidents.Tests.Tickets;

public class TimelineTests
{
    [Fact]
    public void Open_RecordsTheOpeningFacts()
    {
        var ticket = Open(Severity.S2, Priority.P1);

        Assert.Equal(
            [
                TimelineSubjects.Created, TimelineSubjects.Status, TimelineSubjects.Category, TimelineSubjects.Severity,
                TimelineSubjects.Priority, TimelineSubjects.SupportGroup, TimelineSubjects.SlaPolicy,
            ],
            ticket.Timeline.Select(entry => entry.Subject));
        Assert.Equal("INC-000123", ticket.Timeline[0].NewValue);
        Assert.All(ticket.Timeline, entry => Assert.Equal((Requester.Id, MondayMorning), (entry.ActorId, entry.At)));
    }

    [Fact]
    public void Timeline_AcrossALifecycle_IsNumberedInOrderAndOnlyGrows()
    {
        var ticket = Open();
        var counts = new List<int> { ticket.Timeline.Count };
        foreach (var request in new TransitionRequest[]
        {
            new StartWork(Engineer, MondayMorning.AddMinutes(1), Engineer.Id),
            new Resolve(Engineer, MondayMorning.AddMinutes(2), ResolutionKind.Workaround, "Restart the adapter."),
            new Reopen(Requester, MondayMorning.AddMinutes(3), "Back after an hour."),
            new Resolve(Engineer, MondayMorning.AddMinutes(4), ResolutionKind.PermanentFix, "Adapter upgraded."),
            Close.Acknowledged(Requester, MondayMorning.AddMinutes(5)),
        })
        {
            Assert.True(ticket.Apply(request).IsAccepted);
            counts.Add(ticket.Timeline.Count);
        }

        Assert.Equal(counts.Order(), counts);
        Assert.Equal(counts.Distinct(), counts);
        Assert.Equal(Enumerable.Range(1, ticket.Timeline.Count), ticket.Timeline.Select(entry => entry.Sequence));
        Assert.Equal(
            ["New", "InProgress", "Resolved", "InProgress", "Resolved", "Closed"],
            ticket.Timeline.Where(entry => entry.Subject == TimelineSubjects.Status).Select(entry => entry.NewValue));
    }

    [Fact]
    public void CorrectTimeline_AppendsACorrectionAndLeavesTheOriginal()
    {
        var ticket = Open();
        var original = ticket.Timeline[3];

        var outcome = ticket.CorrectTimeline(original.Sequence, "Severity was proposed from incomplete facts.", Engineer, MondayMorning.AddHours(1));

        Assert.True(outcome.IsAccepted);
        Assert.Same(original, ticket.Timeline[3]);
        var correction = ticket.Timeline[^1];
        Assert.Equal((TimelineSubjects.Correction, original.Sequence, Engineer.Id), (correction.Subject, correction.Corrects, correction.ActorId));
    }

    [Fact]
    public void CorrectTimeline_UnknownEntryOrNoText_IsRefused()
    {
        var ticket = Open();

        Assert.Equal(RuleIds.TimelineEntryNotFound, ticket.CorrectTimeline(999, "x", Engineer, MondayMorning).Refusal?.RuleId);
        Assert.Equal(RuleIds.TextRequired, ticket.CorrectTimeline(1, " ", Engineer, MondayMorning).Refusal?.RuleId);
    }

    [Fact]
    public void OverrideSeverity_RecordsOldNewAndTheReason()
    {
        var ticket = Open(Severity.S3);

        var outcome = ticket.OverrideSeverity(Severity.S2, "Three partners report the same failure.", Policies, Engineer, MondayMorning.AddMinutes(10));

        Assert.True(outcome.IsAccepted);
        var entry = ticket.Timeline.Last(e => e.Subject == TimelineSubjects.Severity);
        Assert.Equal(("S3", "S2", "Three partners report the same failure.", Engineer.Id), (entry.OldValue, entry.NewValue, entry.Note, entry.ActorId));
        Assert.Equal(TriageCriteria.EngineerOverride, ticket.SeverityCriterion);
        Assert.Equal("default-s2", ticket.Sla.PolicyId);
    }

    [Fact]
    public void OverridePriority_WithoutReason_IsRefusedAndChangesNothing()
    {
        var ticket = Open(priority: Priority.P3);
        var entries = ticket.Timeline.Count;

        var outcome = ticket.OverridePriority(Priority.P1, "  ", Policies, Engineer, MondayMorning);

        Assert.Equal(RuleIds.OverrideReasonRequired, outcome.Refusal?.RuleId);
        Assert.Equal((Priority.P3, entries), (ticket.Priority, ticket.Timeline.Count));
    }
}
