using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Alerts.Storage;
using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Tickets;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.Alerts.Intake;

/// <summary>
/// One delivery applied inside one burst. Rows are looked up once and kept for the rest of the delivery, so two alerts
/// of one delivery that share an incident see each other's staged changes before anything is saved.
/// </summary>
internal sealed partial class DeliveryWork(Burst burst, WorkflowRuntime runtime, IntegrationSnapshot integration, TimeProvider time, string defaultWorkflow, CancellationToken cancellationToken)
{
    private readonly WorkflowDbContext _db = burst.Db;
    private readonly TicketSession _tickets = new(burst.Db, time);
    private readonly DateTimeOffset _now = time.GetUtcNow();
    private readonly Dictionary<string, AlertRecord> _alerts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AlertIncidentRecord> _identities = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, AlertIncidentRecord> _identitiesById = [];
    private Guid _deliveryId;
    private bool _wroteOutbox;

    /// <summary>The integration acts as staff when it logs a ticket and as its requester when it reopens one.</summary>
    private Actor By => Actor.Staff(integration.Requester);

    public async Task<AlertReceipt> RunAsync(AlertBatch batch, RawPayload payload)
    {
        _deliveryId = Guid.CreateVersion7(_now);
        _db.Add(new AlertDeliveryRecord
        {
            Id = _deliveryId,
            IntegrationId = integration.Id,
            ReceivedAt = _now,
            Body = payload.Text,
            BodyBytes = payload.Bytes,
            BodyTruncated = payload.Truncated,
            Alerts = batch.Alerts.Count,
            TruncatedAlerts = batch.TruncatedAlerts,
        });

        var lines = new List<AlertReceiptLine>(batch.Alerts.Count);
        foreach (var alert in batch.Alerts)
        {
            lines.Add(alert.State switch
            {
                AlertState.Firing => await FireAsync(alert),
                AlertState.Resolved => await ResolveAsync(alert),
                _ => await AcknowledgeAsync(alert),
            });
        }

        if (_wroteOutbox || _tickets.WroteOutbox)
            burst.WroteOutbox = true;
        return new AlertReceipt(_deliveryId, lines, batch.TruncatedAlerts);
    }

    /// <summary>
    /// Where writers are concurrent (PostgreSQL), a row is locked before it is read by bumping its version (held until
    /// commit), so concurrent deliveries of one alert queue up instead of failing each other's version check. SQLite's
    /// single group-commit writer runs deliveries one after another anyway.
    /// </summary>
    private bool LocksRows => !_db.Database.IsSqlite();

    private async Task<AlertRecord?> AlertAsync(string sourceKey)
    {
        if (_alerts.TryGetValue(sourceKey, out var known))
            return known;
        if (LocksRows)
            await _db.Set<AlertRecord>().Where(a => a.IntegrationId == integration.Id && a.SourceKey == sourceKey).ExecuteUpdateAsync(s => s.SetProperty(a => a.Version, a => a.Version + 1), cancellationToken);
        var found = await _db.Set<AlertRecord>().SingleOrDefaultAsync(a => a.IntegrationId == integration.Id && a.SourceKey == sourceKey, cancellationToken);
        if (found is not null)
            _alerts[sourceKey] = found;
        return found;
    }

    private async Task<AlertIncidentRecord?> IdentityAsync(string key)
    {
        if (_identities.TryGetValue(key, out var known))
            return known;
        if (LocksRows)
            await _db.Set<AlertIncidentRecord>().Where(i => i.IntegrationId == integration.Id && i.Key == key).ExecuteUpdateAsync(s => s.SetProperty(i => i.Version, i => i.Version + 1), cancellationToken);
        var found = await _db.Set<AlertIncidentRecord>().SingleOrDefaultAsync(i => i.IntegrationId == integration.Id && i.Key == key, cancellationToken);
        return found is null ? null : Remember(found);
    }

    private async Task<AlertIncidentRecord?> IdentityAsync(Guid id)
    {
        if (_identitiesById.TryGetValue(id, out var known))
            return known;
        if (LocksRows)
            await _db.Set<AlertIncidentRecord>().Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Version, i => i.Version + 1), cancellationToken);
        var found = await _db.Set<AlertIncidentRecord>().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return found is null ? null : Remember(found);
    }

    /// <summary>
    /// After a save the ticket's graph (timeline, clocks, notices) need not be tracked any more: every later save of
    /// the burst would scan it for changes again. Only this delivery's own alert rows stay tracked, as saved.
    /// </summary>
    private void ForgetSavedGraph()
    {
        _db.ChangeTracker.Clear();
        foreach (var alert in _alerts.Values)
            _db.Attach(alert);
        foreach (var identity in _identitiesById.Values)
            _db.Attach(identity);
    }

    private AlertIncidentRecord Remember(AlertIncidentRecord identity)
    {
        _identities[identity.Key] = identity;
        _identitiesById[identity.Id] = identity;
        return identity;
    }

    /// <summary>The ticket's status and whether it is a security ticket, without loading it.</summary>
    private async Task<(TicketStatus Status, bool IsSecurity)?> TicketStateAsync(string ticketNumber)
    {
        var number = TicketNumber.Parse(ticketNumber);
        var state = await _db.Tickets.AsNoTracking()
            .Where(t => t.Kind == number.Kind && t.Number == number.Sequence)
            .Select(t => new { t.Status, t.IsSecurity })
            .SingleOrDefaultAsync(cancellationToken);
        return state is null ? null : (state.Status, state.IsSecurity);
    }

    /// <summary>Closed and cancelled tickets are over: an alert firing again needs a new incident.</summary>
    private async Task<bool> TicketEndedAsync(AlertIncidentRecord identity) =>
        await TicketStateAsync(identity.TicketNumber) is not { Status: not (TicketStatus.Closed or TicketStatus.Cancelled) };
}
