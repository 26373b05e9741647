using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Host.Tests.Notifications;
using IncidentWorkflows.Host.Tests.Support;
using IncidentWorkflows.Host.Tests.Support.Smtp;

namespace IncidentWorkflows.Host.Tests.Tickets;

/// <summary>Status changes made over the ticket API reach the requester by e-mail, through the outbox and the notification handler.</summary>
public sealed class TicketNotificationTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task CreateThenStartWork_RequesterGetsOneEmailPerStatusChange()
    {
        await using var server = new TestSmtpServer();
        await using var host = new KestrelHostFactory { Settings = NotificationHarness.SmtpSettings(server) };
        using var engineer = await host.CreateClientWithRolesAsync(Roles.EngineerL1);
        var number = await engineer.CreateTicketNumberAsync(TicketCalls.Severe("rita@partner.test"));

        var logged = await server.NextAsync(Wait);
        await engineer.PostOkAsync($"/api/tickets/{number}/start-work", new { assignee = "eve@ops.test" });
        var started = await server.NextAsync(Wait);

        Assert.Equal(["rita@partner.test"], logged.Recipients);
        Assert.StartsWith($"[{number}] New", logged.Parse().Subject, StringComparison.Ordinal);
        Assert.Equal(["rita@partner.test"], started.Recipients);
        Assert.Equal($"[{number}] In progress: Transfers time out", started.Parse().Subject);
    }
}
