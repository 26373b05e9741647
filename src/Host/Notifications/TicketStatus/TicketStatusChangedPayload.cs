namespace IncidentWorkflows.Host.Notifications.TicketStatus;

/// <summary>
/// The payload of a <c>ticket.status-changed</c> outbox message, emitted by the ticket store on every status change.
/// Unknown fields are ignored (and still reach templates as <c>event.*</c>).
/// </summary>
public sealed record TicketStatusChangedPayload
{
    public string? TicketNumber { get; init; }

    public string? Title { get; init; }

    /// <summary>Empty when the requester has no email address (a phone report): then no notice is sent.</summary>
    public string? RequesterEmail { get; init; }

    public string? RequesterName { get; init; }

    public string? OldStatus { get; init; }

    public string? NewStatus { get; init; }

    /// <summary>The public update that came with the change (never an internal note).</summary>
    public string? PublicNote { get; init; }

    public DateTimeOffset? ChangedAt { get; init; }

    /// <summary>A link to the ticket; default: <c>Notifications:PortalUrl</c>/tickets/NUMBER.</summary>
    public string? TicketUrl { get; init; }
}
