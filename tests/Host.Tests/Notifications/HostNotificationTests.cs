using IncidentWorkflows.Host.Notifications;
using IncidentWorkflows.Host.Tests.Support;
using IncidentWorkflows.Host.Tests.Support.Smtp;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.Outbox;
using IncidentWorkflows.Persistence.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IncidentWorkflows.Host.Tests.Notifications;

/// <summary>The host as deployed: its outbox worker delivers notifications on its own, and a wrong Smtp section stops it at start.</summary>
public sealed class HostNotificationTests
{
    [Fact]
    public async Task Host_StatusChangeCommitted_WorkerDeliversTheRequesterEmailOverSmtp()
    {
        await using var server = new TestSmtpServer();
        var settings = NotificationHarness.SmtpSettings(server);
        await using var host = new KestrelHostFactory { Settings = settings };
        var services = host.Services;
        var kinds = services.GetServices<IOutboxHandler>().Select(h => h.Kind).ToList();
        Assert.Contains(MessageKinds.Email, kinds);
        Assert.Contains(MessageKinds.TicketStatusChanged, kinds);
        Assert.Equal(kinds.Count, kinds.Distinct().Count());

        await using (var db = await services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync())
        {
            var now = DateTimeOffset.UtcNow;
            db.Outbox.Add(new OutboxMessage
            {
                Kind = MessageKinds.TicketStatusChanged,
                PayloadJson = """{ "ticketNumber": "INC-000042", "requesterEmail": "ann@example.com", "oldStatus": "New", "newStatus": "InProgress" }""",
                IdempotencyKey = "host-test:status",
                CreatedAt = now,
                AvailableAt = now,
            });
            await db.SaveChangesAsync();
        }
        services.GetRequiredService<OutboxSignal>().Notify();

        var mail = await server.NextAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(["ann@example.com"], mail.Recipients);
        Assert.Equal("[INC-000042] In progress", mail.Parse().Subject);
    }

    [Fact]
    public async Task Host_SmtpHostWithoutFromAddress_RefusesToStart()
    {
        await using var host = new KestrelHostFactory { Settings = new Dictionary<string, string?> { ["Smtp:Host"] = "mail.example.com" } };

        var error = Assert.ThrowsAny<OptionsValidationException>(() => host.Services);

        Assert.Contains("Smtp:FromAddress is required", error.Message, StringComparison.Ordinal);
    }
}
