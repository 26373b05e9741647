using IncidentWorkflows.Host.Notifications;
using IncidentWorkflows.Host.Notifications.Email;
using IncidentWorkflows.Persistence.Outbox;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace IncidentWorkflows.Host.Tests.Notifications;

/// <summary>Without <c>Smtp:Host</c> every email becomes an .eml file in the pickup folder, and a log line.</summary>
public sealed class PickupFolderTests
{
    private static readonly object Email = new { to = new[] { "ann@example.com" }, subject = "[INC-000123] Resolved", text = "Body", html = "<p>Body</p>" };

    [Fact]
    public async Task DispatchDue_NoSmtpHost_WritesEmlToAppDataPickupFolderAndLogsIt()
    {
        await using var harness = await NotificationHarness.CreateAsync();
        await harness.EnqueueAsync(MessageKinds.Email, Email, "inst-1:mail");

        Assert.Equal(1, await harness.Dispatcher.DispatchDueAsync(default));

        var folder = Path.Combine(harness.ContentRoot, "App_Data", "mail-pickup");
        var file = Assert.Single(Directory.GetFiles(folder));
        Assert.EndsWith(".eml", file, StringComparison.Ordinal);
        using var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("ann@example.com", message.To.Mailboxes.Single().Address);
        Assert.Equal(SmtpOptions.PickupFromAddress, message.From.Mailboxes.Single().Address);
        Assert.Equal("[INC-000123] Resolved", message.Subject);
        Assert.Equal("<p>Body</p>", message.HtmlBody?.TrimEnd());
        Assert.Equal(EmailMessageIds.For("inst-1:mail", EmailMessageIds.DefaultDomain), message.MessageId);
        Assert.Contains(harness.Logs.Lines, l => l.Contains("No SMTP host configured", StringComparison.Ordinal) && l.Contains(file, StringComparison.Ordinal));
        Assert.NotNull(Assert.Single(await harness.OutboxAsync()).SentAt);
    }

    [Fact]
    public async Task HandleAsync_SameMessageTwice_ReplacesItsOwnFile()
    {
        await using var harness = await NotificationHarness.CreateAsync();
        var queued = await harness.EnqueueAsync(MessageKinds.Email, Email, "inst-1:mail");
        var handler = harness.Services.GetServices<IOutboxHandler>().Single(h => h.Kind == MessageKinds.Email);

        await handler.HandleAsync(queued, default);
        await handler.HandleAsync(queued, default);

        Assert.Single(Directory.GetFiles(Path.Combine(harness.ContentRoot, "App_Data", "mail-pickup")));
    }

    [Fact]
    public async Task DispatchDue_ConfiguredFolder_RelativeToContentRoot()
    {
        await using var harness = await NotificationHarness.CreateAsync(new Dictionary<string, string?> { ["Smtp:PickupFolder"] = "outgoing-mail" });
        await harness.EnqueueAsync(MessageKinds.Email, Email, "a");
        await harness.EnqueueAsync(MessageKinds.Email, Email, "b");

        Assert.Equal(2, await harness.Dispatcher.DispatchDueAsync(default));

        Assert.Equal(2, Directory.GetFiles(Path.Combine(harness.ContentRoot, "outgoing-mail"), "*.eml").Length);
    }

    [Fact]
    public async Task DispatchDue_FolderCannotBeWritten_KeptAndWrittenOnRetry()
    {
        await using var harness = await NotificationHarness.CreateAsync(new Dictionary<string, string?> { ["Smtp:PickupFolder"] = "blocked" });
        var blocker = Path.Combine(harness.ContentRoot, "blocked");
        await File.WriteAllTextAsync(blocker, "a file where the folder should be");
        await harness.EnqueueAsync(MessageKinds.Email, Email, "k");

        Assert.Equal(0, await harness.Dispatcher.DispatchDueAsync(default));
        Assert.Null(Assert.Single(await harness.OutboxAsync()).SentAt);

        File.Delete(blocker);
        harness.Time.Advance(new OutboxOptions().BackoffAfter(1));
        Assert.Equal(1, await harness.Dispatcher.DispatchDueAsync(default));
        Assert.Single(Directory.GetFiles(blocker, "*.eml"));
    }
}
