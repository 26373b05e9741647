using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Triage;

namespace IncidentWorkflows.Persistence.Tests.Tickets;

/// <summary>Reports and actors the ticket store tests share.</summary>
internal static class TicketReports
{
    public static readonly Actor Requester = Actor.Requester("rita@partner.test");
    public static readonly Actor Engineer = Actor.Staff("eve@ops.test");

    /// <summary>Key functionality impaired without a workaround (S2) for 12 users (P2).</summary>
    public static TicketReport Severe(TicketKind kind = TicketKind.Incident, string title = "Transfers time out") => new()
    {
        Kind = kind,
        Title = title,
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

    /// <summary>A minor functional impact for one user (S3/P3): may be set Pending.</summary>
    public static TicketReport Average(string title = "Report export is slow") => Severe(title: title) with
    {
        Facts = new TriageFacts(
            new SeverityFacts { FunctionalImpact = FunctionalImpact.MinorOrModerate, AffectedUsers = 1 },
            new PriorityFacts { UsersUnableToWork = 1 }),
    };
}
