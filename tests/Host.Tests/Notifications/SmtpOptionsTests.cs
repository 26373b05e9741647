using IncidentWorkflows.Host.Notifications.Email;

namespace IncidentWorkflows.Host.Tests.Notifications;

public sealed class SmtpOptionsTests
{
    [Theory]
    [InlineData(null, null, 0, null, null)]
    [InlineData("mail.example.com", "desk@example.com", 587, "desk", "pw")]
    [InlineData("mail.example.com", "Service Desk <desk@example.com>", 0, null, null)]
    public void Validate_UsableSettings_Succeed(string? host, string? from, int port, string? user, string? password)
    {
        var options = new SmtpOptions { Host = host, FromAddress = from, Port = port, User = user, Password = password };

        Assert.True(new SmtpOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("mail.example.com", null, 25, "Smtp:FromAddress is required")]
    [InlineData("mail.example.com", "not an address", 25, "is not an email address")]
    [InlineData("mail.example.com", "desk@example.com", 70000, "outside 0–65535")]
    public void Validate_WrongSettings_NameTheSetting(string host, string? from, int port, string message)
    {
        var result = new SmtpOptionsValidator().Validate(null, new SmtpOptions { Host = host, FromAddress = from, Port = port });

        Assert.Contains(message, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UserWithoutPassword_Fails() =>
        Assert.False(new SmtpOptionsValidator().Validate(null, new SmtpOptions { Host = "h", FromAddress = "a@b.c", User = "desk" }).Succeeded);

    [Theory]
    [InlineData(SmtpSecurity.None, 25)]
    [InlineData(SmtpSecurity.StartTls, 587)]
    [InlineData(SmtpSecurity.SslOnConnect, 465)]
    public void EffectivePort_NoPortGiven_TheUsualOneForTheSecurity(SmtpSecurity security, int port) =>
        Assert.Equal(port, new SmtpOptions { Security = security }.EffectivePort);

    [Theory]
    [InlineData(null, null, "incidentworkflows.local")]
    [InlineData(null, "Desk <desk@hub.example.com>", "hub.example.com")]
    [InlineData("ids.example.com", "desk@hub.example.com", "ids.example.com")]
    public void DomainFor_MessageIds_ConfiguredElseFromAddressElseDefault(string? configured, string? from, string expected) =>
        Assert.Equal(expected, EmailMessageIds.DomainFor(new SmtpOptions { MessageIdDomain = configured, FromAddress = from }));

    [Fact]
    public void For_IdempotencyKeys_StableAndDistinct()
    {
        Assert.Equal(EmailMessageIds.For("a:b", "x.org"), EmailMessageIds.For("a:b", "x.org"));
        Assert.NotEqual(EmailMessageIds.For("a:b", "x.org"), EmailMessageIds.For("a-b", "x.org"));
        Assert.Matches("^iw\\.[0-9a-f]{40}@x\\.org$", EmailMessageIds.For("a:b", "x.org"));
    }
}
