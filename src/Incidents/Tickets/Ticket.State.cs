namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>Timestamps and the details that belong to the current status.</summary>
public sealed partial class Ticket
{
    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset StatusChangedAt { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public DateTimeOffset? FirstRespondedAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public int ReopenCount { get; private set; }

    public PendingDetails? Pending { get; internal set; }

    public EscalationDetails? Escalation { get; internal set; }

    public ResolutionDetails? Resolution { get; internal set; }

    public ClosureDetails? Closure { get; internal set; }

    public CancellationDetails? Cancellation { get; internal set; }

    /// <summary>A summary of (or reference to) the root cause analysis, mandatory before closing S1 and security tickets.</summary>
    public string? RootCause { get; private set; }

    internal void MarkResolved(DateTimeOffset at) => ResolvedAt = at;

    internal void MarkReopened()
    {
        ResolvedAt = null;
        ReopenCount++;
    }

    internal void MarkClosed(DateTimeOffset at) => ClosedAt = at;

    internal void MarkCancelled(DateTimeOffset at) => CancelledAt = at;
}
