namespace IncidentWorkflows.Host.Notifications;

/// <summary>
/// A notification that cannot be delivered as queued (bad payload, unknown template, no recipient). The outbox
/// treats it like any failure: retried, then dead-lettered with this message, where an operator sees it.
/// </summary>
public sealed class InvalidNotificationException : Exception
{
    public InvalidNotificationException(string message)
        : base(message)
    {
    }

    public InvalidNotificationException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
