using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.ProcessConfiguration;

namespace IncidentWorkflows.Host.Tickets.Views;

/// <summary>Builds the view the caller may see; the staff view reads the SLA clocks now, against the configured calendars.</summary>
public sealed class TicketViews(ProcessConfigurationStore configuration, TimeProvider time)
{
    public async Task<TicketView> ForAsync(Ticket ticket, TicketCaller caller, CancellationToken cancellationToken) =>
        caller.IsStaffSide ? await DetailsAsync(ticket, cancellationToken) : RequesterTicket.From(ticket);

    private async Task<TicketDetails> DetailsAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        var calendars = (await configuration.LoadAsync(cancellationToken)).Calendars;
        return new TicketDetails
        {
            Number = ticket.DisplayNumber.ToString(),
            Title = ticket.Title,
            Status = ticket.Status,
            CreatedAt = ticket.CreatedAt,
            StatusChangedAt = ticket.StatusChangedAt,
            Id = ticket.Id,
            Kind = ticket.Kind,
            Description = ticket.Description,
            Category = ticket.Category,
            Subcategory = ticket.Subcategory,
            IsSecurity = ticket.IsSecurity,
            Severity = ticket.Severity,
            SeverityCriterion = ticket.SeverityCriterion,
            Priority = ticket.Priority,
            PriorityCriterion = ticket.PriorityCriterion,
            Requester = ticket.RequesterId,
            RequesterOrganization = ticket.RequesterOrganization,
            AffectedServices = ticket.AffectedServices,
            Channel = ticket.Channel,
            DetectionSource = ticket.DetectionSource,
            SupportGroup = ticket.SupportGroupId,
            SupportLevel = ticket.SupportLevel,
            Assignee = ticket.AssigneeId,
            AllowedTransitions = AllowedTransition.For(ticket),
            AcknowledgedAt = ticket.AcknowledgedAt,
            FirstRespondedAt = ticket.FirstRespondedAt,
            ResolvedAt = ticket.ResolvedAt,
            ClosedAt = ticket.ClosedAt,
            CancelledAt = ticket.CancelledAt,
            ReopenCount = ticket.ReopenCount,
            Pending = ticket.Pending,
            Escalation = ticket.Escalation,
            Resolution = ticket.Resolution,
            Closure = ticket.Closure,
            Cancellation = ticket.Cancellation,
            RootCause = ticket.RootCause,
            LessonsLearned = ticket.LessonsLearned,
            Sla = SlaView.Of(ticket.Sla, calendars, time.GetUtcNow()),
            Tasks = ticket.Tasks,
            Comments = ticket.Comments,
            Timeline = ticket.Timeline,
        };
    }
}
