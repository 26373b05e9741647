namespace IncidentWorkflows.Host.Notifications.Email;

/// <summary>How the connection to the SMTP server is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text (a local relay); secure mail still demands STARTTLS unless <see cref="SmtpOptions.RequireTlsForSecureMail"/> is off.</summary>
    None,

    /// <summary>Plain connect, then STARTTLS; refused when the server does not offer it (usually port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,
}
