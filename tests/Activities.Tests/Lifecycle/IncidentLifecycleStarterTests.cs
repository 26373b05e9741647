using IncidentWorkflows.Activities.Tests.Support;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Tickets;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Activities.Tests.Lifecycle;

public sealed class IncidentLifecycleStarterTests
{
    [Fact]
    public async Task HandleAsync_NewIncident_StartsTheLifecycleCorrelatedWithTheTicketNumber()
    {
        await using var host = await ActivityHost.StartAsync();
        await host.ImportAsync("Triage/Workflows/triage-then-wait.json");

        var ticket = await host.Tickets.OpenAsync(Reports.Severe(), Reports.Requester, default);
        await host.DispatchOutboxAsync();

        await using var db = host.Db();
        var instance = await db.WorkflowInstances.SingleAsync();
        Assert.Equal(("incident-lifecycle", ticket.DisplayNumber.ToString()), (instance.DefinitionId, instance.CorrelationId));
        Assert.True(await db.Journal.AnyAsync(j => j.InstanceId == instance.Id && j.ActivityId == "triage" && j.EventName == "Completed"));
    }

    [Fact]
    public async Task HandleAsync_MessageDeliveredTwice_StartsOneInstance()
    {
        await using var host = await ActivityHost.StartAsync();
        await host.ImportAsync("Triage/Workflows/triage-then-wait.json");
        await host.Tickets.OpenAsync(Reports.Severe(), Reports.Requester, default);
        await host.DispatchOutboxAsync();

        // A crash after the start but before the message was marked delivered makes the dispatcher deliver it again.
        await using (var db = host.Db())
            await db.Outbox.Where(m => m.Kind == IncidentOpened.MessageKind).ExecuteUpdateAsync(m => m.SetProperty(x => x.SentAt, (DateTimeOffset?)null));
        await host.DispatchOutboxAsync();

        await using var check = host.Db();
        Assert.Equal(1, await check.WorkflowInstances.CountAsync());
    }

    [Fact]
    public async Task OpenAsync_ServiceRequest_QueuesNoLifecycleStart()
    {
        await using var host = await ActivityHost.StartAsync();

        await host.Tickets.OpenAsync(Reports.Severe(TicketKind.ServiceRequest), Reports.Requester, default);

        await using var db = host.Db();
        Assert.False(await db.Outbox.AnyAsync(m => m.Kind == IncidentOpened.MessageKind));
    }

    [Fact]
    public async Task HandleAsync_NoLifecycleWorkflowPublished_DeliversWithoutStartingAnything()
    {
        await using var host = await ActivityHost.StartAsync();
        await host.Tickets.OpenAsync(Reports.Severe(), Reports.Requester, default);

        await host.DispatchOutboxAsync();

        await using var db = host.Db();
        Assert.Equal(0, await db.WorkflowInstances.CountAsync());
        var message = await db.Outbox.SingleAsync(m => m.Kind == IncidentOpened.MessageKind);
        Assert.NotNull(message.SentAt);
    }
}
