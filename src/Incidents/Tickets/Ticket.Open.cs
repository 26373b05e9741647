using IncidentWorkflows.Incidents.Sla;

namespace IncidentWorkflows.Incidents.Tickets;

public sealed partial class Ticket
{
    /// <summary>Logs a new ticket in status New, starts its SLA clocks and writes the opening facts to the timeline.</summary>
    public static Ticket Open(TicketOpening opening, Actor by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(opening.Title);
        ArgumentException.ThrowIfNullOrWhiteSpace(opening.RequesterId);
        ArgumentOutOfRangeException.ThrowIfLessThan(opening.Number, 1);

        var ticket = new Ticket
        {
            Id = Guid.CreateVersion7(at),
            Number = opening.Number,
            Kind = opening.Kind,
            Title = opening.Title.Trim(),
            Description = opening.Description,
            Category = opening.Category.Category,
            Subcategory = opening.Category.Subcategory,
            IsSecurity = opening.Category.IsSecurity,
            Severity = opening.Severity.Severity,
            SeverityCriterion = opening.Severity.Criterion,
            Priority = opening.Priority.Priority,
            PriorityCriterion = opening.Priority.Criterion,
            RequesterId = opening.RequesterId,
            RequesterOrganization = opening.RequesterOrganization,
            Channel = opening.Channel,
            DetectionSource = opening.DetectionSource,
            SupportGroupId = opening.SupportGroupId,
            SupportLevel = opening.SupportLevel,
            Status = TicketStatus.New,
            CreatedAt = at,
            StatusChangedAt = at,
            Sla = SlaClockSet.Start(opening.SlaPolicy, opening.SupportLevel, at),
        };
        ticket.affectedServices.AddRange(opening.AffectedServices.Distinct(StringComparer.OrdinalIgnoreCase));
        ticket.RecordOpening(opening, by, at);
        return ticket;
    }

    private void RecordOpening(TicketOpening opening, Actor by, DateTimeOffset at)
    {
        Record(by, at, TimelineSubjects.Created, null, DisplayNumber.ToString(), $"{Kind} via {Channel} ({DetectionSource})", Visibility.Public);
        Record(by, at, TimelineSubjects.Status, null, Status.ToString(), null, Visibility.Public);
        Record(by, at, TimelineSubjects.Category, null, opening.Category.ToString());
        Record(by, at, TimelineSubjects.Severity, null, Severity.ToString(), opening.Severity.Explanation);
        Record(by, at, TimelineSubjects.Priority, null, Priority.ToString(), opening.Priority.Explanation);
        Record(by, at, TimelineSubjects.SupportGroup, null, SupportGroupId, SupportLevel?.ToString());
        Record(by, at, TimelineSubjects.SlaPolicy, null, Sla.PolicyId, opening.SlaPolicy.Name);
    }
}
