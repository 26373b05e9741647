using IncidentWorkflows.Host.Notifications;
using IncidentWorkflows.Host.Tests.Support.Smtp;
using IncidentWorkflows.Persistence.Outbox;

namespace IncidentWorkflows.Host.Tests.Notifications;

/// <summary>A mail server that refuses: the outbox keeps the email, retries on its backoff, and dead-letters it visibly.</summary>
public sealed class EmailRetryTests
{
    private static readonly object Email = new { to = new[] { "ann@example.com" }, subject = "[INC-000123] Resolved", text = "Body" };

    [Theory]
    [InlineData(SmtpStage.Greeting, "421 4.3.2 Service not available")]
    [InlineData(SmtpStage.MailFrom, "451 4.3.0 Mail server temporarily rejected message")]
    [InlineData(SmtpStage.RcptTo, "450 4.2.1 Mailbox busy")]
    [InlineData(SmtpStage.Data, "452 4.3.1 Insufficient system storage")]
    public async Task DispatchDue_TemporaryRefusal_RetriedAfterBackoffAndThenDelivered(SmtpStage stage, string reply)
    {
        await using var server = new TestSmtpServer();
        await using var harness = await NotificationHarness.CreateAsync(NotificationHarness.SmtpSettings(server));
        await harness.EnqueueAsync(MessageKinds.Email, Email, "k");
        var backoff = new OutboxOptions().BackoffAfter(1);
        server.FailAt(stage, reply, times: 1);

        Assert.Equal(0, await harness.Dispatcher.DispatchDueAsync(default));
        var failed = Assert.Single(await harness.OutboxAsync());
        Assert.Equal(harness.Time.GetUtcNow() + backoff, failed.AvailableAt);
        Assert.NotNull(failed.LastError);

        // Not due yet: no second connection.
        harness.Time.Advance(backoff - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await harness.Dispatcher.DispatchDueAsync(default));
        Assert.Equal(1, server.Connections);

        harness.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await harness.Dispatcher.DispatchDueAsync(default));
        Assert.Single(server.Received);
        var sent = Assert.Single(await harness.OutboxAsync());
        Assert.Equal(2, sent.Attempts);
        Assert.Null(sent.LastError);
    }

    [Fact]
    public async Task DispatchDue_ServerKeepsRefusing_BacksOffExponentiallyThenDeadLetters()
    {
        await using var server = new TestSmtpServer();
        await using var harness = await NotificationHarness.CreateAsync(NotificationHarness.SmtpSettings(server));
        await harness.EnqueueAsync(MessageKinds.Email, Email, "k");
        var options = new OutboxOptions();
        server.FailAt(SmtpStage.Data, "554 5.6.0 Message rejected");

        for (var attempt = 1; attempt < options.MaxAttempts; attempt++)
        {
            Assert.Equal(0, await harness.Dispatcher.DispatchDueAsync(default));
            var row = Assert.Single(await harness.OutboxAsync());
            Assert.Equal(attempt, row.Attempts);
            Assert.Equal(harness.Time.GetUtcNow() + options.BackoffAfter(attempt), row.AvailableAt);
            harness.Time.Advance(options.BackoffAfter(attempt));
        }

        Assert.Equal(0, await harness.Dispatcher.DispatchDueAsync(default));

        var dead = Assert.Single(await harness.OutboxAsync());
        Assert.Equal(options.MaxAttempts, dead.Attempts);
        Assert.NotNull(dead.DeadLetteredAt);
        Assert.Contains("Message rejected", dead.LastError, StringComparison.Ordinal);
        Assert.Equal(options.MaxAttempts, server.Connections);
        Assert.Empty(server.Received);
        Assert.Contains(harness.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("dead-lettered", StringComparison.Ordinal));

        // Dead letters stay where an operator can see them, and are not tried again.
        server.Recover();
        harness.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await harness.Dispatcher.DispatchDueAsync(default));
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task DispatchDue_NoServerListening_RetriedLater()
    {
        int port;
        await using (var closed = new TestSmtpServer())
            port = closed.Port;
        var settings = new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = port.ToString(),
            ["Smtp:Security"] = "None",
            ["Smtp:FromAddress"] = "desk@example.com",
        };
        await using var harness = await NotificationHarness.CreateAsync(settings);
        await harness.EnqueueAsync(MessageKinds.Email, Email, "k");

        Assert.Equal(0, await harness.Dispatcher.DispatchDueAsync(default));

        var row = Assert.Single(await harness.OutboxAsync());
        Assert.Equal(1, row.Attempts);
        Assert.Null(row.SentAt);
        Assert.Null(row.DeadLetteredAt);
    }
}
