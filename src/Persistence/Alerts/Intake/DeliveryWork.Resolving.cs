using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using IncidentWorkflows.Persistence.Alerts.Storage;

namespace IncidentWorkflows.Persistence.Alerts.Intake;

internal sealed partial class DeliveryWork
{
    private async Task<AlertReceiptLine> ResolveAsync(CanonicalAlert alert)
    {
        var known = await AlertAsync(alert.SourceKey);
        if (known is null || known.State == AlertState.Resolved)
            return new AlertReceiptLine(alert.SourceKey, AlertOutcome.Ignored, known?.TicketNumber);

        known.State = AlertState.Resolved;
        known.ResolvedAt = _now;
        known.LastSeenAt = _now;
        known.Version++;
        var identity = await IdentityAsync(known.IncidentId);
        if (identity is null || identity.TicketNumber != known.TicketNumber)
        {
            // The identity has moved on to a newer incident; this alert's old one has nothing left to hear.
            AddEvent(known, AlertOutcome.Resolved, known.TicketNumber);
            return new AlertReceiptLine(alert.SourceKey, AlertOutcome.Resolved, known.TicketNumber);
        }

        identity.FiringAlerts = Math.Max(0, identity.FiringAlerts - 1);
        identity.Version++;
        var allResolved = identity.FiringAlerts == 0;
        var ticketResolved = false;
        if (allResolved && identity.IsOpen)
        {
            identity.IsOpen = false;
            identity.ResolvedAt = _now;
            ticketResolved = identity.AutoResolve && await ResolveTicketAsync(identity, alert);
        }

        Signal(AlertSignal.Resolved, identity, known, alert, AlertOutcome.Resolved, allResolved);
        return new AlertReceiptLine(alert.SourceKey, AlertOutcome.Resolved, identity.TicketNumber, TicketResolved: ticketResolved);
    }

    private async Task<AlertReceiptLine> AcknowledgeAsync(CanonicalAlert alert)
    {
        var known = await AlertAsync(alert.SourceKey);
        if (known is null || known.State == AlertState.Resolved || await IdentityAsync(known.IncidentId) is not { } identity)
            return new AlertReceiptLine(alert.SourceKey, AlertOutcome.Ignored, known?.TicketNumber);

        known.LastSeenAt = _now;
        known.Version++;
        Signal(AlertSignal.Acknowledged, identity, known, alert, AlertOutcome.Acknowledged);
        return new AlertReceiptLine(alert.SourceKey, AlertOutcome.Acknowledged, identity.TicketNumber);
    }

    /// <summary>
    /// With auto-resolve on, the last alert of an incident resolving resolves the ticket, if an engineer works it
    /// (InProgress or Escalated). Never a security ticket, never a close: the requester's acknowledgement closes.
    /// </summary>
    private async Task<bool> ResolveTicketAsync(AlertIncidentRecord identity, CanonicalAlert alert)
    {
        if (await TicketStateAsync(identity.TicketNumber) is not { IsSecurity: false, Status: TicketStatus.InProgress or TicketStatus.Escalated })
            return false;
        var resolution = $"The monitored condition recovered: '{alert.Title}' resolved at the source ({integration.Name}).";
        var resolved = await _tickets.ChangeAsync(TicketNumber.Parse(identity.TicketNumber), change => change.Ticket.IsSecurity
            ? Outcome.Refused(RuleIds.TransitionNotAllowed, "Security tickets are never resolved by an alert.")
            : change.Ticket.Apply(new Resolve(By, change.At, ResolutionKind.Workaround, resolution)), cancellationToken);
        return resolved.IsAccepted;
    }
}
