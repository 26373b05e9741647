using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentWorkflows.Persistence.Alerts.Storage;

namespace IncidentWorkflows.Persistence.Alerts.Intake;

internal sealed partial class DeliveryWork
{
    /// <summary>Creates or updates the alert row for what this delivery said; the alert now belongs to <paramref name="identity"/>.</summary>
    private AlertRecord Seen(AlertRecord? known, CanonicalAlert alert, AlertIncidentRecord identity, bool occurrence)
    {
        if (known is null)
        {
            known = new AlertRecord { Id = Guid.CreateVersion7(_now), IntegrationId = integration.Id, SourceKey = alert.SourceKey, FirstSeenAt = _now };
            _alerts[alert.SourceKey] = known;
            _db.Add(known);
        }
        else
        {
            known.Version++;
        }

        known.IncidentId = identity.Id;
        known.TicketNumber = identity.TicketNumber;
        known.State = alert.State == AlertState.Resolved ? AlertState.Resolved : AlertState.Firing;
        known.Title = Cut(alert.Title, Integrations.IntegrationLimits.Title);
        known.Severity = alert.Severity is null ? null : Cut(alert.Severity, Integrations.IntegrationLimits.Text);
        known.LabelsJson = JsonSerializer.Serialize(alert.Labels);
        known.DetailsJson = JsonSerializer.Serialize(alert.Details);
        known.Link = alert.Link is null ? null : Cut(alert.Link, 2000);
        known.LastSeenAt = _now;
        known.ResolvedAt = null;
        if (occurrence)
            known.Occurrences++;
        return known;
    }

    private Guid AddEvent(AlertRecord alert, AlertOutcome outcome, string ticketNumber)
    {
        var id = Guid.CreateVersion7(_now);
        _db.Add(new AlertEventRecord { Id = id, AlertId = alert.Id, DeliveryId = _deliveryId, At = _now, Outcome = outcome, TicketNumber = ticketNumber });
        return id;
    }

    /// <summary>Adds the timeline entry and queues the event for the incident's workflow.</summary>
    private void Signal(string eventName, AlertIncidentRecord identity, AlertRecord alert, CanonicalAlert received, AlertOutcome outcome, bool? allResolved = null)
    {
        var eventId = AddEvent(alert, outcome, identity.TicketNumber);
        var input = new JsonObject
        {
            ["ticket"] = identity.TicketNumber,
            ["integration"] = integration.Name,
            ["alert"] = alert.SourceKey,
            ["title"] = received.Title,
            ["outcome"] = outcome.ToString(),
            ["occurrences"] = alert.Occurrences,
            ["repeats"] = identity.Repeats,
            ["firingAlerts"] = identity.FiringAlerts,
        };
        if (allResolved is { } all)
            input["allResolved"] = all;
        _db.Add(new AlertSignal(eventName, identity.TicketNumber, input).ToMessage(eventId, _now));
        _wroteOutbox = true;
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
