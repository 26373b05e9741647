using System.Text;
using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Alerts.Integrations;
using IncidentWorkflows.Persistence.ProcessConfiguration;
using IncidentWorkflows.Persistence.Tickets.Mapping;

namespace IncidentWorkflows.Persistence.Alerts.Intake;

/// <summary>How an alert becomes a ticket: a monitoring report, then the route's hints as overrides that say where they came from.</summary>
internal static class AlertTicketReport
{
    public static TicketReport For(CanonicalAlert alert, AlertRouting routing, IntegrationSnapshot integration) => new()
    {
        Kind = TicketKind.Incident,
        Title = Cut(alert.Title, TicketLimits.Title),
        Description = Cut(Describe(alert, integration), TicketLimits.Text),
        Category = routing.Category,
        Subcategory = routing.Subcategory,
        RequesterId = integration.Requester,
        AffectedServices = alert.Labels.TryGetValue("service", out var service) && service.Length > 0 ? [Cut(service, TicketLimits.Name)] : [],
        Channel = Channel.Monitoring,
        DetectionSource = DetectionSource.Internal,
    };

    /// <summary>
    /// Severity and priority hints replace triage's proposal (which has no facts from a machine) and the route's group
    /// takes the ticket, each as the domain's own override with the reason on the timeline.
    /// </summary>
    public static Outcome ApplyHints(Ticket ticket, AlertRouting routing, ConfiguredProcess process, IntegrationSnapshot integration, Actor by, DateTimeOffset at)
    {
        var reason = $"Routing rule of integration '{integration.Name}'.";
        if (routing.Severity is { } severity && severity != ticket.Severity && ticket.OverrideSeverity(severity, reason, process.SlaPolicies, by, at) is { IsAccepted: false } severityRefused)
            return severityRefused;
        if (routing.Priority is { } priority && priority != ticket.Priority && ticket.OverridePriority(priority, reason, process.SlaPolicies, by, at) is { IsAccepted: false } priorityRefused)
            return priorityRefused;
        if (routing.Group is { } group && group != ticket.SupportGroupId)
            return ticket.TransferToGroup(group, SupportLevel.L1, reason, by, at);
        return Outcome.Accepted;
    }

    private static string Describe(CanonicalAlert alert, IntegrationSnapshot integration)
    {
        var text = new StringBuilder();
        if (alert.Description.Length > 0)
            text.AppendLine(alert.Description).AppendLine();
        text.Append("Alert ").Append(alert.SourceKey).Append(" from ").Append(integration.Name).Append(" (").Append(integration.Source).AppendLine(")");
        if (alert.Severity is not null)
            text.Append("Severity at the source: ").AppendLine(alert.Severity);
        foreach (var (name, value) in alert.Labels)
            text.Append(name).Append(" = ").AppendLine(value);
        if (alert.Link is not null)
            text.AppendLine(alert.Link);
        return text.ToString();
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
