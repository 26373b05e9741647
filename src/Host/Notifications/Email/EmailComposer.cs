using IncidentWorkflows.Host.Notifications.Templates;
using IncidentWorkflows.Persistence.Entities;
using Microsoft.Extensions.Options;
using MimeKit;

namespace IncidentWorkflows.Host.Notifications.Email;

/// <summary>
/// Turns an <c>email</c> outbox message into a MIME message. Everything is derived from the outbox row (Message-ID
/// from its key, Date from its creation), so every delivery attempt produces the same message.
/// </summary>
public sealed class EmailComposer(NotificationRenderer renderer, IOptions<SmtpOptions> options)
{
    public MimeMessage Compose(OutboxMessage source, EmailPayload payload, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var rendered = payload.Template is { } template ? renderer.Render(template, payload.Model, cancellationToken) : null;
        var subject = payload.Subject ?? rendered?.Subject;
        var text = payload.Text ?? rendered?.Text;
        var html = payload.Html ?? rendered?.Html;
        if (string.IsNullOrWhiteSpace(subject))
            throw new InvalidNotificationException("The email has no subject (give 'subject' or a 'template').");
        if (string.IsNullOrEmpty(text) && string.IsNullOrEmpty(html))
            throw new InvalidNotificationException("The email has no body (give 'text', 'html' or a 'template').");

        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress ?? SmtpOptions.PickupFromAddress));
        AddAll(message.To, payload.To, "to");
        AddAll(message.Cc, payload.Cc, "cc");
        AddAll(message.Bcc, payload.Bcc, "bcc");
        if (message.To.Count + message.Cc.Count + message.Bcc.Count == 0)
            throw new InvalidNotificationException("The email has no recipient (to, cc or bcc).");

        message.Subject = NotificationRenderer.OneLine(subject);
        message.MessageId = EmailMessageIds.For(source.IdempotencyKey, EmailMessageIds.DomainFor(settings));
        message.Headers.Add(EmailMessageIds.IdempotencyKeyHeader, source.IdempotencyKey);
        message.Date = source.CreatedAt;
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        return message;
    }

    private static void AddAll(InternetAddressList list, IReadOnlyList<string>? addresses, string field)
    {
        foreach (var address in addresses ?? [])
        {
            if (string.IsNullOrWhiteSpace(address))
                continue;
            if (!MailboxAddress.TryParse(address.Trim(), out var mailbox) || !mailbox.Address.Contains('@', StringComparison.Ordinal))
                throw new InvalidNotificationException($"'{address}' in '{field}' is not an email address.");
            list.Add(mailbox);
        }
    }
}
