using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using IncidentWorkflows.Persistence.Alerts.Integrations;
using IncidentWorkflows.Persistence.Alerts.Storage;

namespace IncidentWorkflows.Persistence.Alerts.Intake;

internal sealed partial class DeliveryWork
{
    private async Task<AlertReceiptLine> FireAsync(CanonicalAlert alert)
    {
        var known = await AlertAsync(alert.SourceKey);
        if (known is { State: not AlertState.Resolved } && await IdentityAsync(known.IncidentId) is { IsOpen: true } current && !await TicketEndedAsync(current))
        {
            current.Repeats++;
            Fired(current);
            Seen(known, alert, current, occurrence: true);
            Signal(AlertSignal.Repeated, current, known, alert, AlertOutcome.Repeated);
            return new AlertReceiptLine(alert.SourceKey, AlertOutcome.Repeated, current.TicketNumber);
        }

        var settings = integration.Settings;
        var key = GroupingKey.For(settings.GroupBy, alert);
        var identity = await IdentityAsync(key);
        if (identity is { IsOpen: true } && key != OwnKey(alert) && _now - identity.OpenedAt > settings.GroupWindow)
        {
            // The group's incident opened too long ago to take more alerts: this one is an incident of its own.
            key = OwnKey(alert);
            identity = await IdentityAsync(key);
        }

        if (identity is { IsOpen: true } && !await TicketEndedAsync(identity))
        {
            identity.FiringAlerts++;
            Fired(identity);
            known = Seen(known, alert, identity, occurrence: true);
            Signal(AlertSignal.Repeated, identity, known, alert, AlertOutcome.Grouped);
            return new AlertReceiptLine(alert.SourceKey, AlertOutcome.Grouped, identity.TicketNumber);
        }

        if (identity is { IsOpen: false, ResolvedAt: { } resolvedAt } && _now - resolvedAt <= settings.ReopenWindow && await ReopenTicketAsync(identity, alert))
        {
            identity.IsOpen = true;
            identity.ResolvedAt = null;
            identity.FiringAlerts = 1;
            Fired(identity);
            known = Seen(known, alert, identity, occurrence: true);
            Signal(AlertSignal.Repeated, identity, known, alert, AlertOutcome.Reopened);
            return new AlertReceiptLine(alert.SourceKey, AlertOutcome.Reopened, identity.TicketNumber);
        }

        return await OpenIncidentAsync(key, identity, known, alert);
    }

    private static string OwnKey(CanonicalAlert alert) => GroupingKey.For(null, alert);

    private void Fired(AlertIncidentRecord identity)
    {
        identity.LastFiredAt = _now;
        identity.Version++;
    }

    /// <summary>
    /// Within the reopen window the incident continues: a ticket resolved meanwhile is reopened by its requester (the
    /// integration); one still being worked stays as it is. A closed or cancelled ticket cannot continue.
    /// </summary>
    private async Task<bool> ReopenTicketAsync(AlertIncidentRecord identity, CanonicalAlert alert)
    {
        var state = await TicketStateAsync(identity.TicketNumber);
        if (state is not { Status: var status } || status is TicketStatus.Closed or TicketStatus.Cancelled)
            return false;
        if (status != TicketStatus.Resolved)
            return true;
        var reason = $"The alert '{alert.Title}' fired again within {integration.Settings.ReopenWindow} of its resolution.";
        var reopened = await _tickets.ChangeAsync(TicketNumber.Parse(identity.TicketNumber),
            change => change.Ticket.Apply(new Reopen(By, change.At, reason, Incidents.Actor.Requester(integration.Requester))), cancellationToken);
        return reopened.IsAccepted;
    }
}
