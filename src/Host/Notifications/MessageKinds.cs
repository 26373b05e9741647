namespace IncidentWorkflows.Host.Notifications;

/// <summary>The outbox message kinds this feature handles; the payloads are documented in the README (Notifications).</summary>
public static class MessageKinds
{
    public const string Email = "email";
    public const string TicketStatusChanged = "ticket.status-changed";
}
