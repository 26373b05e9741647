using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.Outbox;
using Microsoft.Extensions.Options;

namespace IncidentWorkflows.Host.Notifications.Email;

/// <summary>Delivers <c>email</c> outbox messages: compose (rendering a template if named), then SMTP or the pickup folder.</summary>
public sealed class EmailOutboxHandler(
    EmailComposer composer,
    SmtpMailTransport smtp,
    PickupFolderTransport pickup,
    IOptions<SmtpOptions> options) : IOutboxHandler
{
    public string Kind => MessageKinds.Email;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = EmailPayload.Parse(message.PayloadJson);
        using var mail = composer.Compose(message, payload, cancellationToken);
        IMailTransport transport = options.Value.UsesPickupFolder ? pickup : smtp;
        await transport.DeliverAsync(mail, payload.Secure, cancellationToken);
    }
}
