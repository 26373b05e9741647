using System.Security.Cryptography;
using System.Text;

namespace IncidentWorkflows.Host.Notifications.Email;

/// <summary>
/// Message-IDs derived from the outbox idempotency key: a repeated delivery of one outbox message carries the same
/// Message-ID, which mail servers and clients use to drop or fold duplicates. Hashed because keys may hold characters
/// a Message-ID cannot (<c>instance:activity</c>); the key itself travels in <see cref="IdempotencyKeyHeader"/>.
/// </summary>
public static class EmailMessageIds
{
    public const string IdempotencyKeyHeader = "X-IncidentWorkflows-Idempotency-Key";

    public const string DefaultDomain = "incidentworkflows.local";

    /// <summary>The Message-ID without angle brackets, as MimeKit takes it: <c>iw.HEX@domain</c>.</summary>
    public static string For(string idempotencyKey, string domain)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey));
        return $"iw.{Convert.ToHexStringLower(hash.AsSpan(0, 20))}@{domain}";
    }

    public static string DomainFor(SmtpOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.MessageIdDomain))
            return options.MessageIdDomain.Trim();
        var from = options.FromAddress;
        var at = from?.LastIndexOf('@') ?? -1;
        if (from is null || at < 0)
            return DefaultDomain;
        var domain = from[(at + 1)..].TrimEnd('>', ' ');
        return domain.Length == 0 ? DefaultDomain : domain;
    }
}
