using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace IncidentWorkflows.Host.Notifications.Email;

/// <summary>
/// Sends over SMTP with MailKit, one connection per message: notices are rare, and a fresh connection never
/// inherits a half-broken session from an earlier failure.
/// </summary>
public sealed class SmtpMailTransport(IOptions<SmtpOptions> options, ILogger<SmtpMailTransport> logger) : IMailTransport
{
    public async Task DeliverAsync(MimeMessage message, bool secure, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var host = settings.Host ?? throw new InvalidOperationException("Smtp:Host is not set.");
        var requireTls = secure && settings.RequireTlsForSecureMail;
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        await client.ConnectAsync(host, settings.EffectivePort, SocketOptions(settings.Security, requireTls), cancellationToken);
        // MailKit's options already refuse a clear connection; checked again because sending secure mail in clear is the one outcome we must never allow.
        if (requireTls && !client.IsSecure)
            throw new InvalidOperationException($"Secure mail needs an encrypted connection to {host}:{settings.EffectivePort}.");
        if (!string.IsNullOrEmpty(settings.User))
            await client.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken);
        var reply = await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Email {MessageId} '{Subject}' sent to {Recipients} through {SmtpHost}: {Reply}",
            message.MessageId, message.Subject, Recipients(message), host, reply);
    }

    internal static string Recipients(MimeMessage message) =>
        string.Join(", ", message.To.Mailboxes.Concat(message.Cc.Mailboxes).Concat(message.Bcc.Mailboxes).Select(m => m.Address));

    private static SecureSocketOptions SocketOptions(SmtpSecurity security, bool requireTls) => security switch
    {
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        _ => requireTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None,
    };
}
