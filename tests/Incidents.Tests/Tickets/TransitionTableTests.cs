using IncidentWorkflows.Incidents.Tests.Support;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using static IncidentWorkflows.Incidents.Tickets.TicketStatus;
using On = IncidentWorkflows.Incidents.Tickets.Transitions.TicketTrigger;

namespace IncidentWorkflows.Incidents.Tests.Tickets;

/// <summary>
/// Every status × trigger pair, against process.md §2 written out here on purpose (not read from the production table),
/// with a request that meets all of the trigger's own conditions: only the table decides.
/// </summary>
public class TransitionTableTests
{
    private static readonly Dictionary<(TicketStatus, TicketTrigger), TicketStatus> Expected = new()
    {
        [(New, On.StartWork)] = InProgress,
        [(New, On.Cancel)] = Cancelled,
        [(InProgress, On.Escalate)] = Escalated,
        [(InProgress, On.PutOnHold)] = Pending,
        [(InProgress, On.Resolve)] = Resolved,
        [(InProgress, On.Cancel)] = Cancelled,
        [(Escalated, On.ReturnFromEscalation)] = InProgress,
        [(Escalated, On.Resolve)] = Resolved,
        [(Escalated, On.Cancel)] = Cancelled,
        [(Pending, On.Resume)] = InProgress,
        [(Pending, On.Cancel)] = Cancelled,
        [(Resolved, On.Reopen)] = InProgress,
        [(Resolved, On.Close)] = Closed,
    };

    public static TheoryData<TicketStatus, TicketTrigger, TicketStatus> Allowed()
    {
        var data = new TheoryData<TicketStatus, TicketTrigger, TicketStatus>();
        foreach (var ((from, trigger), to) in Expected)
        {
            data.Add(from, trigger, to);
        }

        return data;
    }

    public static TheoryData<TicketStatus, TicketTrigger> Refused()
    {
        var data = new TheoryData<TicketStatus, TicketTrigger>();
        foreach (var from in Enum.GetValues<TicketStatus>())
        {
            foreach (var trigger in Enum.GetValues<TicketTrigger>().Where(trigger => !Expected.ContainsKey((from, trigger))))
            {
                data.Add(from, trigger);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Apply_AllowedTransition_MovesAndRecordsTheStatusChange(TicketStatus from, TicketTrigger trigger, TicketStatus to)
    {
        var ticket = TestTickets.InStatus(from);
        var at = TestTickets.MondayMorning.AddHours(1);

        var outcome = ticket.Apply(TestTickets.ValidRequest(trigger, ticket, at));

        Assert.True(outcome.IsAccepted, outcome.Refusal?.ToString());
        Assert.Equal(to, ticket.Status);
        Assert.Equal(at, ticket.StatusChangedAt);
        var entry = ticket.Timeline.Last(e => e.Subject == TimelineSubjects.Status);
        Assert.Equal((from.ToString(), to.ToString(), at, Visibility.Public), (entry.OldValue, entry.NewValue, entry.At, entry.Visibility));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Apply_TransitionNotInTable_IsRefusedAndChangesNothing(TicketStatus from, TicketTrigger trigger)
    {
        var ticket = TestTickets.InStatus(from);
        var timeline = ticket.Timeline.Count;

        var outcome = ticket.Apply(TestTickets.ValidRequest(trigger, ticket, TestTickets.MondayMorning.AddHours(1)));

        Assert.Equal(RuleIds.TransitionNotAllowed, outcome.Refusal?.RuleId);
        Assert.Contains(from.ToString(), outcome.Refusal!.Message, StringComparison.Ordinal);
        Assert.Equal(from, ticket.Status);
        Assert.Equal(timeline, ticket.Timeline.Count);
    }

    [Fact]
    public void TransitionTable_MatchesTheSpecificationExactly()
    {
        Assert.Equal(
            Expected.Select(pair => (pair.Key.Item1, pair.Key.Item2, pair.Value)).Order(),
            TicketTransitionTable.Transitions.Select(t => (t.From, t.Trigger, t.To)).Order());
    }

    [Fact]
    public void Apply_FromFinalStatus_RefusalSaysTheStatusIsFinal()
    {
        var ticket = TestTickets.InStatus(Closed);

        var outcome = ticket.Apply(new Reopen(TestTickets.Requester, TestTickets.MondayMorning.AddHours(1), "Broken again."));

        Assert.Contains("final", outcome.Refusal!.Message, StringComparison.Ordinal);
    }
}
