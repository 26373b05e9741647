using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Triage;

namespace IncidentWorkflows.Activities.Tests.Support;

/// <summary>Ticket reports the scenarios start from, named after the severity their facts lead to.</summary>
public static class Reports
{
    public static readonly Actor Requester = Actor.Requester("rita@partner.example");

    /// <summary>Key functionality impaired without a workaround, 12 of 200 users: S2/P2, routed to l1-platform.</summary>
    public static TicketReport Severe(TicketKind kind = TicketKind.Incident) => new()
    {
        Kind = kind,
        Title = "Transfers time out",
        Description = "Every transfer to the clearing house times out after 30 s.",
        Category = "Platform",
        Subcategory = "Transfers",
        RequesterId = Requester.Id,
        Channel = Channel.Portal,
        AffectedServices = ["transfers-api"],
        Facts = new TriageFacts(
            new SeverityFacts { FunctionalImpact = FunctionalImpact.KeyFunctionalityImpaired, AffectedUsers = 12 },
            new PriorityFacts { UsersUnableToWork = 12, RecipientUserCount = 200 }),
    };

    /// <summary>A minor impact for one user with a workaround: S3/P3 on business hours, may be set Pending.</summary>
    public static TicketReport Average() => Severe() with
    {
        Title = "Report export is slow",
        Facts = new TriageFacts(
            new SeverityFacts { FunctionalImpact = FunctionalImpact.MinorOrModerate, WorkaroundExists = true, AffectedUsers = 1 },
            new PriorityFacts { UsersUnableToWork = 1 }),
    };

    /// <summary>A suspected security event (category Security).</summary>
    public static TicketReport Security() => Severe() with { Title = "Phishing mail opened", Category = "Security", Subcategory = null };
}
