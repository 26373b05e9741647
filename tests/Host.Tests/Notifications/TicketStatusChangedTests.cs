using IncidentWorkflows.Host.Notifications;
using IncidentWorkflows.Host.Tests.Support;
using IncidentWorkflows.Host.Tests.Support.Smtp;
using IncidentWorkflows.Persistence.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentWorkflows.Host.Tests.Notifications;

/// <summary>A <c>ticket.status-changed</c> message becomes a rendered <c>email</c> message, which the outbox then delivers.</summary>
public sealed class TicketStatusChangedTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    // Shaped like the ticket store's message, with fields this handler does not know about.
    private const string Change = """
        {
          "ticketNumber": "INC-000123", "title": "VPN down",
          "requesterEmail": "ann@example.com", "requesterName": "Ann Lee",
          "oldStatus": "New", "newStatus": "InProgress",
          "publicNote": "We are looking at the gateway.",
          "changedAt": "2026-03-02T09:00:00+00:00",
          "severity": "S2", "changedBy": { "id": "u-7", "name": "Bo Berg" }, "timelineEntryId": 42
        }
        """;

    private static Dictionary<string, string?> Settings(TestSmtpServer server)
    {
        var settings = NotificationHarness.SmtpSettings(server);
        settings["Notifications:PortalUrl"] = "https://desk.example.com";
        return settings;
    }

    [Fact]
    public async Task DispatchDue_StatusChanged_QueuesTheRenderedEmailWhichIsThenDelivered()
    {
        await using var server = new TestSmtpServer();
        await using var harness = await NotificationHarness.CreateAsync(Settings(server));
        await harness.EnqueueAsync(MessageKinds.TicketStatusChanged, Change, "inst-1:status:7");

        Assert.Equal(1, await harness.Dispatcher.DispatchDueAsync(default));
        Assert.Equal(1, await harness.Dispatcher.DispatchDueAsync(default));

        var rows = await harness.OutboxAsync();
        Assert.Equal([MessageKinds.TicketStatusChanged, MessageKinds.Email], rows.Select(r => r.Kind));
        Assert.All(rows, r => Assert.NotNull(r.SentAt));
        Assert.Equal("inst-1:status:7/email", rows[1].IdempotencyKey);
        Assert.Equal("instance-1", rows[1].InstanceId);

        var mail = await server.NextAsync(Wait);
        Assert.Equal(["ann@example.com"], mail.Recipients);
        var message = mail.Parse();
        Assert.Equal("Ann Lee", message.To.Mailboxes.Single().Name);
        Assert.Equal("[INC-000123] In progress: VPN down", message.Subject);
        Assert.Contains("changed from New to In progress", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("We are looking at the gateway.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://desk.example.com/tickets/INC-000123", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<strong>In progress</strong>", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_SameChangeDeliveredTwice_QueuesOneEmail()
    {
        await using var server = new TestSmtpServer();
        await using var harness = await NotificationHarness.CreateAsync(Settings(server));
        var change = await harness.EnqueueAsync(MessageKinds.TicketStatusChanged, Change, "inst-1:status:7");
        var handler = harness.Services.GetServices<IOutboxHandler>().Single(h => h.Kind == MessageKinds.TicketStatusChanged);

        await handler.HandleAsync(change, default);
        await handler.HandleAsync(change, default);

        Assert.Single(await harness.OutboxAsync(), r => r.Kind == MessageKinds.Email);
    }

    [Theory]
    [InlineData("Resolved", "we will reopen the ticket")]
    [InlineData("Pending", "Work is on hold")]
    [InlineData("Closed", "The ticket is closed.")]
    [InlineData("Cancelled", "withdrawn as you asked")]
    public async Task DispatchDue_StatusWithConsequences_TheTextExplainsThem(string status, string expected)
    {
        await using var server = new TestSmtpServer();
        await using var harness = await NotificationHarness.CreateAsync(Settings(server));
        await harness.EnqueueAsync(MessageKinds.TicketStatusChanged,
            new { ticketNumber = "INC-000123", requesterEmail = "ann@example.com", oldStatus = "InProgress", newStatus = status }, "k");

        await harness.Dispatcher.DispatchDueAsync(default);
        await harness.Dispatcher.DispatchDueAsync(default);

        var message = (await server.NextAsync(Wait)).Parse();
        Assert.Equal($"[INC-000123] {status}", message.Subject);
        Assert.Contains(expected, message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchDue_RequesterWithoutEmail_NoEmailAndTheChangeIsDone()
    {
        await using var server = new TestSmtpServer();
        await using var harness = await NotificationHarness.CreateAsync(Settings(server));
        await harness.EnqueueAsync(MessageKinds.TicketStatusChanged, new { ticketNumber = "INC-000123", oldStatus = "New", newStatus = "InProgress" }, "k");

        Assert.Equal(1, await harness.Dispatcher.DispatchDueAsync(default));

        var row = Assert.Single(await harness.OutboxAsync());
        Assert.NotNull(row.SentAt);
        Assert.Contains(harness.Logs.Lines, l => l.Contains("no email address", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DispatchDue_NoTicketNumber_KeptWithTheReason()
    {
        await using var server = new TestSmtpServer();
        await using var harness = await NotificationHarness.CreateAsync(Settings(server));
        await harness.EnqueueAsync(MessageKinds.TicketStatusChanged, new { requesterEmail = "ann@example.com", newStatus = "InProgress" }, "k");

        Assert.Equal(0, await harness.Dispatcher.DispatchDueAsync(default));

        Assert.Contains("'ticketNumber'", Assert.Single(await harness.OutboxAsync()).LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchDue_OverriddenTemplate_SeesFieldsTheHandlerDoesNotKnow()
    {
        await using var server = new TestSmtpServer();
        using var templates = new TempDirectory();
        templates.File("status-changed.text.liquid", "{{ ticket.number }} ({{ event.severity }}) changed by {{ event.changedBy.name }}");
        var settings = Settings(server);
        settings["Notifications:TemplateFolder"] = templates.Path;
        await using var harness = await NotificationHarness.CreateAsync(settings);
        await harness.EnqueueAsync(MessageKinds.TicketStatusChanged, Change, "k");

        await harness.Dispatcher.DispatchDueAsync(default);
        await harness.Dispatcher.DispatchDueAsync(default);

        Assert.Equal("INC-000123 (S2) changed by Bo Berg", (await server.NextAsync(Wait)).Parse().TextBody?.Trim());
    }
}
