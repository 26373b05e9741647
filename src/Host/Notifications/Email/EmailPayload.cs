using System.Text.Json.Nodes;

namespace IncidentWorkflows.Host.Notifications.Email;

/// <summary>
/// The payload of an <c>email</c> outbox message. Either the parts themselves (subject, text and/or html) or a
/// template name with its model; parts given beside a template replace the template's.
/// </summary>
public sealed record EmailPayload
{
    /// <summary>Addresses, plain (<c>ann@example.com</c>) or with a name (<c>Ann Lee &lt;ann@example.com&gt;</c>).</summary>
    public IReadOnlyList<string>? To { get; init; }

    public IReadOnlyList<string>? Cc { get; init; }

    public IReadOnlyList<string>? Bcc { get; init; }

    public string? Subject { get; init; }

    public string? Text { get; init; }

    public string? Html { get; init; }

    /// <summary>A notice name (<c>status-changed</c>, <c>sla-warning</c>, ...), rendered with <see cref="Model"/>.</summary>
    public string? Template { get; init; }

    public JsonObject? Model { get; init; }

    /// <summary>S1 or security stakeholder mail: sent only over an encrypted connection (see <see cref="SmtpOptions.RequireTlsForSecureMail"/>).</summary>
    public bool Secure { get; init; }

    public static EmailPayload Parse(string json) => NotificationJson.Read<EmailPayload>(json, MessageKinds.Email);
}
