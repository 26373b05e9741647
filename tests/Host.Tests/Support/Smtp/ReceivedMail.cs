using MimeKit;

namespace IncidentWorkflows.Host.Tests.Support.Smtp;

/// <summary>One message the test server accepted: the envelope as sent, and the data with dot-stuffing undone.</summary>
public sealed record ReceivedMail(string? AuthenticatedUser, string MailFrom, IReadOnlyList<string> Recipients, byte[] Data)
{
    public MimeMessage Parse() => MimeMessage.Load(new MemoryStream(Data));

    public string RawText => System.Text.Encoding.Latin1.GetString(Data);
}
