using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Host.Tickets.Requests;

/// <summary>New → InProgress. Without an assignee the ticket must already have one.</summary>
public sealed record StartWorkRequest(string? Assignee);

/// <summary>InProgress → Escalated: handed outside the operations team (product delivery, a vendor).</summary>
public sealed record EscalateRequest(string? To, string? Reason);

/// <summary>InProgress → Pending. <c>decidedBy</c> names the customer when the reason is their decision (the only way for S1/S2).</summary>
public sealed record PutOnHoldRequest(PendingReason? Reason, string? Explanation, string? DecidedBy, string? BlockingTicket);

/// <summary>Pending → InProgress, or Escalated → InProgress; the note goes on the timeline.</summary>
public sealed record NoteRequest(string? Note);

/// <summary>InProgress or Escalated → Resolved, with the documented workaround or fix.</summary>
public sealed record ResolveRequest(ResolutionKind? Kind, string? Resolution);

/// <summary>Resolved → InProgress: the requester is not satisfied. Staff record it naming the requester (<c>onBehalfOf</c>).</summary>
public sealed record ReopenRequest(string? Reason, string? OnBehalfOf);

/// <summary>Resolved → Closed: the requester acknowledges. Staff record it naming the requester (<c>acknowledgedBy</c>).</summary>
public sealed record CloseRequest(string? AcknowledgedBy);

/// <summary>→ Cancelled, only at the customer's request. Staff record it naming the customer (<c>requestedBy</c>).</summary>
public sealed record CancelRequest(string? Reason, string? RequestedBy);
