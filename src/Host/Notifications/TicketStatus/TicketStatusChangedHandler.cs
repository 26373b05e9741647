using System.Text.Json.Nodes;
using IncidentWorkflows.Host.Notifications.Email;
using IncidentWorkflows.Host.Notifications.Templates;
using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.Outbox;
using MimeKit;

namespace IncidentWorkflows.Host.Notifications.TicketStatus;

/// <summary>
/// Tells the requester about a status change (process.md §2, §6): renders the <c>status-changed</c> notice and queues
/// it as an <c>email</c> message. Queued rather than sent here, so the email is one row of its own in the outbox
/// (what was sent, when, how often it was tried) and a failing mail server retries only the sending.
/// </summary>
public sealed class TicketStatusChangedHandler(
    NotificationRenderer renderer,
    NotificationQueue queue,
    ILogger<TicketStatusChangedHandler> logger) : IOutboxHandler
{
    public string Kind => MessageKinds.TicketStatusChanged;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var change = NotificationJson.Read<TicketStatusChangedPayload>(message.PayloadJson, Kind);
        if (string.IsNullOrWhiteSpace(change.TicketNumber) || string.IsNullOrWhiteSpace(change.NewStatus))
            throw new InvalidNotificationException($"A '{Kind}' payload needs 'ticketNumber' and 'newStatus'.");
        if (string.IsNullOrWhiteSpace(change.RequesterEmail))
        {
            logger.LogInformation("Ticket {TicketNumber} is now {Status}; its requester has no email address, so no notice is sent",
                change.TicketNumber, change.NewStatus);
            return;
        }

        var notice = renderer.Render(NoticeNames.StatusChanged, Model(change, message.PayloadJson), cancellationToken);
        var recipient = new MailboxAddress(change.RequesterName ?? "", change.RequesterEmail.Trim()).ToString();
        var email = new EmailPayload { To = [recipient], Subject = notice.Subject, Text = notice.Text, Html = notice.Html };
        await queue.EnqueueAsync(message, MessageKinds.Email, email, "email", cancellationToken);
    }

    /// <summary>The template model; README (Notifications) lists it. The whole payload is there too, as <c>event</c>.</summary>
    public static JsonObject Model(TicketStatusChangedPayload change, string payloadJson)
    {
        var links = new JsonObject();
        if (!string.IsNullOrWhiteSpace(change.TicketUrl))
            links["ticket"] = change.TicketUrl;
        return new JsonObject
        {
            ["ticket"] = new JsonObject { ["number"] = change.TicketNumber, ["title"] = change.Title, ["status"] = change.NewStatus },
            ["recipient"] = new JsonObject { ["name"] = change.RequesterName, ["email"] = change.RequesterEmail },
            ["oldStatus"] = change.OldStatus,
            ["newStatus"] = change.NewStatus,
            ["oldStatusLabel"] = StatusLabels.For(change.OldStatus),
            ["newStatusLabel"] = StatusLabels.For(change.NewStatus),
            ["update"] = change.PublicNote,
            ["changedAt"] = change.ChangedAt?.ToString("O"),
            ["links"] = links,
            ["event"] = JsonNode.Parse(payloadJson) as JsonObject,
        };
    }
}
