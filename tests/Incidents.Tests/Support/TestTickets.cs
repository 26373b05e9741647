using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using IncidentWorkflows.Incidents.Triage;

namespace IncidentWorkflows.Incidents.Tests.Support;

/// <summary>Tickets in any status, built through the real transitions, and a valid request for every trigger.</summary>
internal static class TestTickets
{
    public static readonly Actor Engineer = Actor.Staff("eve");
    public static readonly Actor Requester = Actor.Requester("rita");
    public static readonly Actor CustomerManager = Actor.Customer("carl");

    /// <summary>Monday 24 March 2025, 09:00 in Amsterdam (CET): a working day, a week before the DST change.</summary>
    public static readonly DateTimeOffset MondayMorning = At.Cet(2025, 3, 24, 9);

    public static SlaPolicyBook Policies { get; } = SlaPolicyBook.Defaults(TimeSpan.FromHours(10));

    public static Ticket Open(
        Severity severity = Severity.S3,
        Priority priority = Priority.P3,
        string category = DefaultCategories.Platform,
        DateTimeOffset? at = null,
        SlaPolicyBook? policies = null)
    {
        var path = CategoryTree.Defaults.Resolve(category, null).Value!;
        var subject = new SlaSubject(path.Category, null, Requester.Id, "acme", severity, priority);
        return Ticket.Open(new TicketOpening
        {
            Number = 123,
            Kind = TicketKind.Incident,
            Title = "Transfers time out",
            Category = path,
            Severity = new SeverityAssessment(severity, "test", $"{severity} for the test."),
            Priority = new PriorityAssessment(priority, "test", $"{priority} for the test."),
            RequesterId = Requester.Id,
            RequesterOrganization = "acme",
            Channel = Channel.Portal,
            DetectionSource = DetectionSource.External,
            SupportGroupId = "l1-platform",
            SlaPolicy = (policies ?? Policies).Select(subject)!,
        }, Requester, at ?? MondayMorning);
    }

    /// <summary>A ticket brought to <paramref name="status"/> by valid transitions, one minute apart.</summary>
    public static Ticket InStatus(TicketStatus status, Severity severity = Severity.S3, string category = DefaultCategories.Platform)
    {
        var ticket = Open(severity, category: category);
        var at = MondayMorning;
        foreach (var trigger in PathTo(status))
        {
            at = at.AddMinutes(1);
            var outcome = ticket.Apply(ValidRequest(trigger, ticket, at));
            Assert.True(outcome.IsAccepted, outcome.Refusal?.ToString());
        }

        return ticket;
    }

    /// <summary>A request for <paramref name="trigger"/> that meets every condition of that trigger.</summary>
    public static TransitionRequest ValidRequest(TicketTrigger trigger, Ticket ticket, DateTimeOffset at) => trigger switch
    {
        TicketTrigger.StartWork => new StartWork(Engineer, at, Engineer.Id),
        TicketTrigger.Escalate => new Escalate(Engineer, at, "product-delivery", "Needs a code change."),
        TicketTrigger.ReturnFromEscalation => new ReturnFromEscalation(Engineer, at, "Fix delivered."),
        TicketTrigger.PutOnHold => ticket.Severity is Severity.S1 or Severity.S2
            ? new PutOnHold(Engineer, at, PendingReason.CustomerStoppedInvestigation, "Partner asked to stop until Monday.", CustomerManager)
            : new PutOnHold(Engineer, at, PendingReason.AwaitingCustomerInformation, "Need the failing transfer ids."),
        TicketTrigger.Resume => new Resume(Engineer, at, "Ids received."),
        TicketTrigger.Resolve => new Resolve(Engineer, at, ResolutionKind.PermanentFix, "Raised the gateway timeout."),
        TicketTrigger.Reopen => new Reopen(Requester, at, "Still failing."),
        TicketTrigger.Close => Close.Acknowledged(Requester, at),
        TicketTrigger.Cancel => new Cancel(Engineer, at, CustomerManager, "Reported twice."),
        _ => throw new ArgumentOutOfRangeException(nameof(trigger)),
    };

    private static TicketTrigger[] PathTo(TicketStatus status) => status switch
    {
        TicketStatus.New => [],
        TicketStatus.InProgress => [TicketTrigger.StartWork],
        TicketStatus.Escalated => [TicketTrigger.StartWork, TicketTrigger.Escalate],
        TicketStatus.Pending => [TicketTrigger.StartWork, TicketTrigger.PutOnHold],
        TicketStatus.Resolved => [TicketTrigger.StartWork, TicketTrigger.Resolve],
        TicketStatus.Closed => [TicketTrigger.StartWork, TicketTrigger.Resolve, TicketTrigger.Close],
        TicketStatus.Cancelled => [TicketTrigger.Cancel],
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
