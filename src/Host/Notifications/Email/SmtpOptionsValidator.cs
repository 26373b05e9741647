using Microsoft.Extensions.Options;
using MimeKit;

namespace IncidentWorkflows.Host.Notifications.Email;

/// <summary>Checked at start, so a wrong <c>Smtp</c> section stops the host instead of dead-lettering every email later.</summary>
public sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        var failures = new List<string>();
        if (!options.UsesPickupFolder && string.IsNullOrWhiteSpace(options.FromAddress))
            failures.Add("Smtp:FromAddress is required when Smtp:Host is set.");
        if (!string.IsNullOrWhiteSpace(options.FromAddress) && !MailboxAddress.TryParse(options.FromAddress, out _))
            failures.Add($"Smtp:FromAddress '{options.FromAddress}' is not an email address.");
        if (options.Port is < 0 or > 65535)
            failures.Add($"Smtp:Port {options.Port} is outside 0–65535.");
        if (options.Timeout <= TimeSpan.Zero || options.Timeout.TotalMilliseconds > int.MaxValue)
            failures.Add($"Smtp:Timeout {options.Timeout} must be positive and below 24 days.");
        if (options.UsesPickupFolder && string.IsNullOrWhiteSpace(options.PickupFolder))
            failures.Add("Smtp:PickupFolder is required when Smtp:Host is not set.");
        if (!string.IsNullOrEmpty(options.User) && options.Password is null)
            failures.Add("Smtp:Password is required when Smtp:User is set.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
