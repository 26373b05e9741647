namespace IncidentWorkflows.Persistence.Alerts.Intake;

/// <summary>What a delivery did, alert by alert; the 202 answer's body.</summary>
public sealed record AlertReceipt(Guid DeliveryId, IReadOnlyList<AlertReceiptLine> Alerts, int TruncatedAlerts);

/// <param name="Key">The alert's source key.</param>
/// <param name="Ticket">The incident's ticket, when the alert has one.</param>
/// <param name="Instance">The workflow instance started for a new incident, when one was.</param>
public sealed record AlertReceiptLine(string Key, AlertOutcome Outcome, string? Ticket, string? Instance = null, bool TicketResolved = false);
