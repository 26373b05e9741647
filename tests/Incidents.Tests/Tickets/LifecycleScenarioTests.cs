using IncidentWorkflows.Incidents.Calendars;
using IncidentWorkflows.Incidents.Escalation;
using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Tests.Support;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using IncidentWorkflows.Incidents.Triage;
using Microsoft.Extensions.Time.Testing;

namespace IncidentWorkflows.Incidents.Tests.Tickets;

/// <summary>
/// The lifecycle the incident workflow will drive, done by hand on the domain: report → S2/P2 at L1 → response warning
/// → breach and functional escalation to L2 → Pending refused for S2 → resolved → acknowledged → Closed.
/// </summary>
public class LifecycleScenarioTests
{
    private readonly FakeTimeProvider time = new(At.Cet(2025, 3, 24, 9));
    private readonly CalendarCatalog calendars = TestCalendars.Catalog();
    private readonly Actor requester = Actor.Requester("rita");
    private readonly Actor engineer = Actor.Staff("eve");

    [Fact]
    public void Lifecycle_S2WithResponseBreach_EscalatesToL2AndClosesOnAcknowledgement()
    {
        var intake = new TicketIntake(CategoryTree.Defaults, RoutingTable.Defaults, SlaPolicyBook.Defaults(TimeSpan.FromHours(10)));
        var ticket = intake.Open(Report(), 7, requester, time.GetUtcNow()).Value!;
        Assert.Equal((Severity.S2, Priority.P2, "l1-settlements"), (ticket.Severity, ticket.Priority, ticket.SupportGroupId));

        var warning = Evaluate(ticket, after: TimeSpan.FromMinutes(22.5));
        ticket.RecordHierarchicalNotice(EscalationMatrix.Defaults.RecipientsFor(ticket), "Response at 75 %.", Actor.System, time.GetUtcNow());
        var breach = Evaluate(ticket, after: TimeSpan.FromMinutes(7.5));
        var escalation = FunctionalEscalation.Escalate(ticket, RoutingTable.Defaults, "Response target missed at L1.", Actor.System, time.GetUtcNow());

        time.Advance(TimeSpan.FromMinutes(5));
        ticket.Apply(new StartWork(engineer, time.GetUtcNow(), "lars"));
        var pending = ticket.Apply(new PutOnHold(engineer, time.GetUtcNow(), PendingReason.AwaitingCustomerInformation, "Need the batch id."));
        time.Advance(TimeSpan.FromHours(2));
        ticket.Apply(new Resolve(engineer, time.GetUtcNow(), ResolutionKind.PermanentFix, "Re-ran the settlement window."));
        time.Advance(TimeSpan.FromHours(1));
        var closed = ticket.Apply(Close.Acknowledged(requester, time.GetUtcNow()));

        Assert.Equal(SlaClockKind.Response, Assert.Single(warning.NewWarnings).Clock);
        Assert.Equal(SlaClockKind.Response, Assert.Single(breach.NewBreaches).Clock);
        Assert.True(escalation.IsAccepted);
        Assert.Equal(RuleIds.PendingForbiddenForS1S2, pending.Refusal?.RuleId);
        Assert.True(closed.IsAccepted);
        Assert.Equal((TicketStatus.Closed, "l2-operations", "lars"), (ticket.Status, ticket.SupportGroupId, ticket.AssigneeId));
        Assert.Equal(["New", "InProgress", "Resolved", "Closed"], ticket.Timeline.Where(e => e.Subject == TimelineSubjects.Status).Select(e => e.NewValue));
        Assert.Single(ticket.Sla.Breaches);
        Assert.DoesNotContain(ticket.Sla.Read(calendars, time.GetUtcNow()), reading => reading.State != SlaClockState.Stopped);
    }

    private SlaEvaluation Evaluate(Ticket ticket, TimeSpan after)
    {
        time.Advance(after);
        return ticket.EvaluateSla(calendars, time.GetUtcNow());
    }

    private static TicketReport Report() => new()
    {
        Kind = TicketKind.Incident,
        Title = "Settlement window did not close",
        Category = DefaultCategories.Settlements,
        RequesterId = "rita",
        Channel = Channel.Email,
        Facts = new TriageFacts(
            new SeverityFacts { FunctionalImpact = FunctionalImpact.KeyFunctionalityImpaired },
            new PriorityFacts { UsersUnableToWork = 20, RecipientUserCount = 200 }),
    };
}
