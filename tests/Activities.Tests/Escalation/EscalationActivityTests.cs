using IncidentWorkflows.Activities.Tests.Support;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Tickets;

namespace IncidentWorkflows.Activities.Tests.Escalation;

/// <summary>Incidents.EscalateFunctionally and Incidents.NotifyHierarchy in one flow, in one burst.</summary>
public sealed class EscalationActivityTests : IAsyncLifetime
{
    private ActivityHost _host = null!;
    private TicketScenario _scenario = null!;

    public async Task InitializeAsync()
    {
        _host = await ActivityHost.StartAsync();
        _scenario = new TicketScenario(_host);
        await _host.ImportAsync("Escalation/Workflows/escalate-and-notify.json");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task EscalateFunctionally_AtL1_MovesToTheL2GroupAndNotifiesWithTheEscalationNotice()
    {
        await _scenario.AddServiceManagerAsync();
        var number = await _scenario.OpenAsync(Severity.S2);
        var instance = await _scenario.StartWorkflowAsync("escalate-and-notify", number);

        Assert.Equal("Escalated", await _scenario.OutcomeOfAsync(instance, "escalate"));
        var ticket = await _scenario.TicketAsync(number);
        Assert.Equal((SupportLevel.L2, "l2-operations"), (ticket.SupportLevel!.Value, ticket.SupportGroupId));
        Assert.Contains(ticket.Timeline, e => e.Subject == TimelineSubjects.SupportGroup && e.Note == "L1 cannot reproduce it.");
        var notice = Assert.Single(ticket.Timeline, e => e.Subject == TimelineSubjects.HierarchicalNotice);
        Assert.Equal("Escalated to the next level.", notice.Note);
        var email = Assert.Single(await _scenario.OutboxAsync("email"));
        Assert.Contains("\"template\":\"escalation-notice\"", email.PayloadJson, StringComparison.Ordinal);
        // The change is signalled to other waiting workflows, naming this instance as its origin.
        var signal = TicketChangedSignal.Parse(Assert.Single(await _scenario.OutboxAsync(TicketChangedSignal.MessageKind), m => m.InstanceId == instance).PayloadJson);
        Assert.Equal((number.ToString(), instance, "escalate"), (signal.Ticket, signal.OriginInstanceId, signal.OriginActivityId));
    }

    [Fact]
    public async Task EscalateFunctionally_AtL4_CompletesTopLevelWithoutChange()
    {
        var number = await _scenario.OpenAsync(Severity.S2);
        foreach (var _ in new[] { 2, 3, 4 })
            await _host.Runtime.StartAsync(new Persistence.Runtime.StartWorkflowRequest("escalate-and-notify", new Dictionary<string, object?> { ["ticket"] = number.ToString() }), CancellationToken.None);
        Assert.Equal(SupportLevel.L4, (await _scenario.TicketAsync(number)).SupportLevel);

        var instance = await _scenario.StartWorkflowAsync("escalate-and-notify", number);

        Assert.Equal("TopLevel", await _scenario.OutcomeOfAsync(instance, "escalate"));
        Assert.Equal("l4-vendor", (await _scenario.TicketAsync(number)).SupportGroupId);
    }
}
