using Microsoft.Extensions.Options;
using MimeKit;

namespace IncidentWorkflows.Host.Notifications.Email;

/// <summary>
/// Writes each message as an .eml file when no SMTP host is configured, so a notice is never lost: a developer
/// opens it in a mail client, an operator can relay the folder later. The file name comes from the message's Date
/// and Message-ID, so a repeated delivery replaces its own file instead of adding a duplicate.
/// </summary>
public sealed class PickupFolderTransport(IOptions<SmtpOptions> options, ILogger<PickupFolderTransport> logger) : IMailTransport
{
    public async Task DeliverAsync(MimeMessage message, bool secure, CancellationToken cancellationToken)
    {
        var folder = options.Value.PickupFolder;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName(message));
        // Written beside, then renamed: whoever watches the folder never reads half a message.
        var partial = path + ".partial";
        await using (var stream = File.Create(partial))
            await message.WriteToAsync(stream, cancellationToken);
        File.Move(partial, path, overwrite: true);
        logger.LogInformation("No SMTP host configured (Smtp:Host): email {MessageId} '{Subject}' to {Recipients}{Secure} written to {PickupFile}",
            message.MessageId, message.Subject, SmtpMailTransport.Recipients(message), secure ? " (secure)" : "", path);
    }

    public static string FileName(MimeMessage message)
    {
        var id = message.MessageId ?? Guid.NewGuid().ToString("N");
        var local = id.Split('@')[0].Replace("iw.", "", StringComparison.Ordinal);
        var safe = new string(local.Where(char.IsAsciiLetterOrDigit).Take(24).ToArray());
        return $"{message.Date.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{safe}.eml";
    }
}
