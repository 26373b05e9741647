namespace IncidentWorkflows.Host.Notifications.Email;

/// <summary>The <c>Smtp</c> configuration section. Without <see cref="Host"/>, mail goes to <see cref="PickupFolder"/>.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    /// <summary>0: the usual port for <see cref="Security"/> (25, 587 or 465).</summary>
    public int Port { get; set; }

    /// <summary>StartTls by default: credentials and ticket content stay off the wire unless someone opts out.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Authenticates when set.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Required with <see cref="Host"/>; also the default domain of Message-IDs.</summary>
    public string? FromAddress { get; set; }

    public string FromName { get; set; } = "IncidentWorkflows";

    /// <summary>Limit of each network operation (connect, a command, sending the data).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Where each message is written as an .eml file when no host is configured (relative to the content root).</summary>
    public string PickupFolder { get; set; } = Path.Combine("App_Data", "mail-pickup");

    /// <summary>
    /// Secure mail (S1 and security stakeholders) only travels encrypted: with <see cref="SmtpSecurity.None"/> it
    /// demands STARTTLS, and a server that cannot do it gets the message retried and dead-lettered, never sent in clear.
    /// </summary>
    public bool RequireTlsForSecureMail { get; set; } = true;

    /// <summary>The right-hand side of Message-IDs; default: the domain of <see cref="FromAddress"/>.</summary>
    public string? MessageIdDomain { get; set; }

    /// <summary>Sender used in pickup mode when no <see cref="FromAddress"/> is configured.</summary>
    public const string PickupFromAddress = "incidentworkflows@localhost";

    public bool UsesPickupFolder => string.IsNullOrWhiteSpace(Host);

    public int EffectivePort => Port != 0 ? Port : Security switch
    {
        SmtpSecurity.SslOnConnect => 465,
        SmtpSecurity.StartTls => 587,
        _ => 25,
    };
}
