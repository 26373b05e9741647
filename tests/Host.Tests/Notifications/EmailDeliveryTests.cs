using IncidentWorkflows.Host.Notifications;
using IncidentWorkflows.Host.Notifications.Email;
using IncidentWorkflows.Host.Tests.Support.Smtp;
using IncidentWorkflows.Persistence.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentWorkflows.Host.Tests.Notifications;

public sealed class EmailDeliveryTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task DispatchDue_EmailMessage_ArrivesWithRecipientsSubjectBodyAndMessageId()
    {
        await using var server = new TestSmtpServer();
        await using var harness = await NotificationHarness.CreateAsync(NotificationHarness.SmtpSettings(server));
        var queued = await harness.EnqueueAsync(MessageKinds.Email, new
        {
            to = new[] { "Ann Lee <ann@example.com>" },
            cc = new[] { "lead@example.com" },
            subject = "[INC-000123] Status changed",
            // Lines that start with a dot travel dot-stuffed; a lone dot would otherwise end the data early.
            text = "Line one\r\n.\r\n..two",
            html = "<p>Line one</p>",
        }, "inst-1:notify");

        Assert.Equal(1, await harness.Dispatcher.DispatchDueAsync(default));

        var mail = Assert.Single(server.Received);
        Assert.Equal("desk@example.com", mail.MailFrom);
        Assert.Equal(["ann@example.com", "lead@example.com"], mail.Recipients);
        var message = mail.Parse();
        Assert.Equal("Ann Lee", message.To.Mailboxes.Single().Name);
        Assert.Equal("lead@example.com", message.Cc.Mailboxes.Single().Address);
        Assert.Equal("Service Desk", message.From.Mailboxes.Single().Name);
        Assert.Equal("[INC-000123] Status changed", message.Subject);
        Assert.Equal("Line one\n.\n..two", message.TextBody?.ReplaceLineEndings("\n").TrimEnd());
        Assert.Equal("<p>Line one</p>", message.HtmlBody?.TrimEnd());
        Assert.Equal(EmailMessageIds.For("inst-1:notify", "example.com"), message.MessageId);
        Assert.Equal("inst-1:notify", message.Headers[EmailMessageIds.IdempotencyKeyHeader]);
        Assert.Equal(queued.CreatedAt, message.Date);
        Assert.NotNull(Assert.Single(await harness.OutboxAsync()).SentAt);
    }

    [Fact]
    public async Task HandleAsync_SameMessageDeliveredTwice_CarriesTheSameMessageId()
    {
        await using var server = new TestSmtpServer();
        await using var harness = await NotificationHarness.CreateAsync(NotificationHarness.SmtpSettings(server));
        var queued = await harness.EnqueueAsync(MessageKinds.Email, new { to = new[] { "ann@example.com" }, subject = "Hello", text = "Body" }, "inst-1:twice");
        var handler = harness.Services.GetServices<IOutboxHandler>().Single(h => h.Kind == MessageKinds.Email);

        // A crash between sending and marking the row sent means a second delivery: the receiver can tell.
        await handler.HandleAsync(queued, default);
        await handler.HandleAsync(queued, default);

        var ids = server.Received.Select(m => m.Parse().MessageId).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Equal(ids[0], ids[1]);
    }

    [Fact]
    public async Task DispatchDue_SmtpUserConfigured_AuthenticatesBeforeSending()
    {
        await using var server = new TestSmtpServer { RequiredPassword = "s3cret" };
        var settings = NotificationHarness.SmtpSettings(server);
        settings["Smtp:User"] = "desk";
        settings["Smtp:Password"] = "s3cret";
        await using var harness = await NotificationHarness.CreateAsync(settings);
        await harness.EnqueueAsync(MessageKinds.Email, new { to = new[] { "ann@example.com" }, subject = "Hello", text = "Body" }, "k");

        Assert.Equal(1, await harness.Dispatcher.DispatchDueAsync(default));

        Assert.Equal("desk", (await server.NextAsync(Wait)).AuthenticatedUser);
    }

    [Fact]
    public async Task DispatchDue_WrongPassword_NothingSentAndRetriedLater()
    {
        await using var server = new TestSmtpServer { RequiredPassword = "s3cret" };
        var settings = NotificationHarness.SmtpSettings(server);
        settings["Smtp:User"] = "desk";
        settings["Smtp:Password"] = "wrong";
        await using var harness = await NotificationHarness.CreateAsync(settings);
        await harness.EnqueueAsync(MessageKinds.Email, new { to = new[] { "ann@example.com" }, subject = "Hello", text = "Body" }, "k");

        Assert.Equal(0, await harness.Dispatcher.DispatchDueAsync(default));

        Assert.Empty(server.Received);
        var row = Assert.Single(await harness.OutboxAsync());
        Assert.Equal(1, row.Attempts);
        Assert.Null(row.DeadLetteredAt);
        Assert.True(row.AvailableAt > harness.Time.GetUtcNow());
    }

    [Fact]
    public async Task DispatchDue_SecureMailAndServerWithoutTls_NeverSentInClear()
    {
        await using var server = new TestSmtpServer();
        await using var harness = await NotificationHarness.CreateAsync(NotificationHarness.SmtpSettings(server));
        await harness.EnqueueAsync(MessageKinds.Email, new { to = new[] { "ciso@example.com" }, subject = "S1 security incident", text = "Details", secure = true }, "k");

        Assert.Equal(0, await harness.Dispatcher.DispatchDueAsync(default));

        Assert.Empty(server.Received);
        Assert.Contains("STARTTLS", Assert.Single(await harness.OutboxAsync()).LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchDue_SecureMailWithTlsRequirementOff_SentOverTheConfiguredConnection()
    {
        await using var server = new TestSmtpServer();
        var settings = NotificationHarness.SmtpSettings(server);
        settings["Smtp:RequireTlsForSecureMail"] = "false";
        await using var harness = await NotificationHarness.CreateAsync(settings);
        await harness.EnqueueAsync(MessageKinds.Email, new { to = new[] { "ciso@example.com" }, subject = "S1 security incident", text = "Details", secure = true }, "k");

        Assert.Equal(1, await harness.Dispatcher.DispatchDueAsync(default));
        Assert.Single(server.Received);
    }

    [Fact]
    public async Task DispatchDue_TemplateNamed_SendsTheRenderedNoticeAsTextAndHtml()
    {
        await using var server = new TestSmtpServer();
        await using var harness = await NotificationHarness.CreateAsync(NotificationHarness.SmtpSettings(server));
        await harness.EnqueueAsync(MessageKinds.Email, new
        {
            to = new[] { "ann@example.com" },
            template = "resolved",
            model = new { ticket = new { number = "INC-000123", title = "VPN down" }, resolution = "Replaced the gateway certificate." },
        }, "k");

        Assert.Equal(1, await harness.Dispatcher.DispatchDueAsync(default));

        var message = (await server.NextAsync(Wait)).Parse();
        Assert.Equal("[INC-000123] Resolved: VPN down", message.Subject);
        Assert.Contains("Replaced the gateway certificate.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Replaced the gateway certificate.", message.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "subject": "Hello", "text": "Body" }""", "no recipient")]
    [InlineData("""{ "to": ["not an address"], "subject": "Hello", "text": "Body" }""", "not an email address")]
    [InlineData("""{ "to": ["ann@example.com"], "text": "Body" }""", "no subject")]
    [InlineData("""{ "to": ["ann@example.com"], "subject": "Hello" }""", "no body")]
    [InlineData("""{ "to": ["ann@example.com"], "template": "no-such-notice" }""", "no template 'no-such-notice'")]
    [InlineData("""{ "to": "ann@example.com" }""", "payload is not valid")]
    public async Task DispatchDue_UnusablePayload_NotSentAndTheReasonKept(string payload, string reason)
    {
        await using var server = new TestSmtpServer();
        await using var harness = await NotificationHarness.CreateAsync(NotificationHarness.SmtpSettings(server));
        await harness.EnqueueAsync(MessageKinds.Email, payload, "k");

        Assert.Equal(0, await harness.Dispatcher.DispatchDueAsync(default));

        Assert.Equal(0, server.Connections);
        Assert.Contains(reason, Assert.Single(await harness.OutboxAsync()).LastError, StringComparison.Ordinal);
    }
}
