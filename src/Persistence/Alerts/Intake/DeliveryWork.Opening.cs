using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Alerts.Integrations;
using IncidentWorkflows.Persistence.Alerts.Storage;
using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Tickets;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.Alerts.Intake;

internal sealed partial class DeliveryWork
{
    /// <summary>
    /// A new incident: the ticket (channel Monitoring, detection Internal, the route's hints applied as overrides with
    /// their reason) and the routed workflow, started in this burst with the ticket number as correlation id.
    /// </summary>
    private async Task<AlertReceiptLine> OpenIncidentAsync(string key, AlertIncidentRecord? identity, AlertRecord? known, CanonicalAlert alert)
    {
        var routing = AlertRouting.For(integration.Settings, alert.Labels);
        var opened = await _tickets.OpenAsync(AlertTicketReport.For(alert, routing, integration), By, cancellationToken);
        if (opened.Refusal is { } refusal)
            throw new ConflictException("alert-route-refused", $"Integration '{integration.Name}' routes this alert to a ticket the process refuses: {refusal.Message}");

        var ticket = opened.Value!;
        var workflow = routing.Workflow ?? defaultWorkflow;
        if (runtime.IsPublished(workflow))
            ForgoLifecycleMessage(ticket);
        var applied = AlertTicketReport.ApplyHints(ticket, routing, _tickets.Process!, integration, By, _now);
        if (applied.Refusal is { } hintRefusal)
            throw new ConflictException("alert-route-refused", $"Integration '{integration.Name}' routes this alert with hints the process refuses: {hintRefusal.Message}");

        var number = ticket.DisplayNumber.ToString();
        if (identity is null)
        {
            identity = Remember(new AlertIncidentRecord { Id = Guid.CreateVersion7(_now), IntegrationId = integration.Id, Key = key });
            _db.Add(identity);
        }

        identity.TicketNumber = number;
        identity.IsOpen = true;
        identity.Workflow = workflow;
        identity.AutoResolve = routing.AutoResolve;
        identity.OpenedAt = _now;
        identity.ResolvedAt = null;
        identity.Repeats = 0;
        identity.FiringAlerts = 1;
        Fired(identity);
        AddEvent(Seen(known, alert, identity, occurrence: true), AlertOutcome.Opened, number);

        // The workflow's first activities may read and change the ticket through their own session on this context:
        // the ticket must be in the transaction before the workflow runs.
        await _db.SaveChangesAsync(cancellationToken);
        ForgetSavedGraph();
        var input = new Dictionary<string, object?>
        {
            ["ticket"] = number,
            ["integration"] = integration.Name,
            ["alert"] = alert.SourceKey,
            ["title"] = alert.Title,
            ["severity"] = alert.Severity,
        };
        var instance = await runtime.StartInBurstAsync(burst, identity.Workflow, number, input, LifecycleKey(number), cancellationToken);
        return new AlertReceiptLine(alert.SourceKey, AlertOutcome.Opened, number, instance?.Id);
    }

    /// <summary>
    /// The ticket queued <c>incident.opened</c> so that a workflow starts after commit; this burst starts the incident's
    /// workflow itself, so the message would only find it running. Not queuing it saves the outbox a message per alert.
    /// </summary>
    private void ForgoLifecycleMessage(Ticket ticket)
    {
        var key = IncidentOpened.For(ticket, _now).IdempotencyKey;
        // Listing entries would detect changes across the whole ticket graph first; the message was just added, so no need.
        _db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entry in _db.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added && e.Entity.IdempotencyKey == key).ToList())
                entry.State = EntityState.Detached;
        }
        finally
        {
            _db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    /// <summary>
    /// The idempotency key the incident lifecycle starter uses for the same ticket: the <c>incident.opened</c> message the
    /// ticket queues then finds this instance instead of starting a second workflow for the incident.
    /// </summary>
    internal static string LifecycleKey(string ticketNumber) => $"incident-lifecycle:{ticketNumber}";
}
