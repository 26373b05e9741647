namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>Why a ticket is Pending; present only while it is.</summary>
public sealed record PendingDetails(PendingReason Reason, string Explanation, string? DecidedBy, string? BlockingTicket, DateTimeOffset Since);

/// <summary>To whom and why a ticket was handed outside the operations team; present only while Escalated.</summary>
public sealed record EscalationDetails(string To, string Reason, string By, DateTimeOffset At);

/// <summary>The documented workaround or fix; cleared by a reopen (the timeline keeps it).</summary>
public sealed record ResolutionDetails(ResolutionKind Kind, string Text, string By, DateTimeOffset At);

/// <summary>How a ticket was closed: acknowledged by the requester, or automatically with a reason.</summary>
public sealed record ClosureDetails(CloseKind Kind, string? AcknowledgedBy, string? Reason, DateTimeOffset At);

/// <summary>Which customer asked to cancel, and who recorded it.</summary>
public sealed record CancellationDetails(string RequestedBy, string? Reason, string RecordedBy, DateTimeOffset At);
