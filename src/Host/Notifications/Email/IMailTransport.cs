using MimeKit;

namespace IncidentWorkflows.Host.Notifications.Email;

/// <summary>Where a composed message goes: an SMTP server, or the pickup folder when none is configured.</summary>
public interface IMailTransport
{
    /// <summary>Returns once the message is accepted; throws (and the outbox retries) otherwise.</summary>
    Task DeliverAsync(MimeMessage message, bool secure, CancellationToken cancellationToken);
}
