using IncidentWorkflows.Activities.Tests.Support;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using IncidentWorkflows.Persistence.Tickets;

namespace IncidentWorkflows.Activities.Tests.Requester;

/// <summary>Incidents.AwaitRequester after a resolution: acknowledgement, reopen, and the automatic close on the fake clock.</summary>
public sealed class AwaitRequesterTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = ActivityHost.DefaultStart;
    private ActivityHost _host = null!;
    private TicketScenario _scenario = null!;

    public async Task InitializeAsync()
    {
        _host = await ActivityHost.StartAsync();
        _scenario = new TicketScenario(_host);
        await _host.ImportAsync("Requester/Workflows/await-requester.json");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AwaitRequester_NoAnswerFor5BusinessDays_AutoClosesAcrossTheWeekendWithANotice()
    {
        var number = await ResolvedTicketAsync(resolvedAt: Monday.AddDays(2).AddHours(1));
        var instance = await _scenario.StartWorkflowAsync("await-requester", number);
        // Wednesday 10:00 + 50 working hours (5 × 10 h, 08–18 on weekdays): 8 + 10 + 10, the weekend, 10 + 10 + 2.
        var due = new DateTimeOffset(2026, 3, 11, 10, 0, 0, TimeSpan.Zero);
        Assert.Equal(due, await _scenario.TimerAsync(instance));

        _scenario.AdvanceTo(due);
        await Eventually.UntilAsync(async () => await _scenario.OutcomeOfAsync(instance, "await") is not null, "the timer closes the ticket");

        Assert.Equal("AutoClosed", await _scenario.OutcomeOfAsync(instance, "await"));
        var ticket = await _scenario.TicketAsync(number);
        Assert.Equal(TicketStatus.Closed, ticket.Status);
        Assert.Equal(CloseKind.AutoClosed, ticket.Closure!.Kind);
        Assert.Equal(due, ticket.ClosedAt);
        var notice = (await _scenario.OutboxAsync(StatusChangeNotice.MessageKind)).Last();
        Assert.Contains("\"newStatus\":\"Closed\"", notice.PayloadJson, StringComparison.Ordinal);
        Assert.Contains("within 5 business days", notice.PayloadJson, StringComparison.Ordinal);
        Assert.Empty(await _scenario.BookmarksAsync(instance));
    }

    [Fact]
    public async Task AwaitRequester_RequesterReopens_CompletesReopenedAndDropsTheTimer()
    {
        var number = await ResolvedTicketAsync(resolvedAt: Monday.AddHours(2));
        var instance = await _scenario.StartWorkflowAsync("await-requester", number);

        await _scenario.ChangeAsync(number, change => change.Ticket.Apply(new Reopen(TicketScenario.Requester, change.At, "Transfers still time out.")));
        await _host.DispatchOutboxAsync();

        Assert.Equal("Reopened", await _scenario.OutcomeOfAsync(instance, "await"));
        Assert.Empty(await _scenario.BookmarksAsync(instance));
        Assert.Equal(TicketStatus.InProgress, (await _scenario.TicketAsync(number)).Status);
    }

    [Fact]
    public async Task AwaitRequester_RequesterAcknowledges_CompletesClosed()
    {
        var number = await ResolvedTicketAsync(resolvedAt: Monday.AddHours(2));
        var instance = await _scenario.StartWorkflowAsync("await-requester", number);
        Assert.NotNull(await _scenario.TimerAsync(instance));

        await _scenario.ChangeAsync(number, change => change.Ticket.Apply(Close.Acknowledged(TicketScenario.Requester, change.At)));
        await _host.DispatchOutboxAsync();

        Assert.Equal("Closed", await _scenario.OutcomeOfAsync(instance, "await"));
        Assert.Empty(await _scenario.BookmarksAsync(instance));
        Assert.Equal(CloseKind.RequesterAcknowledged, (await _scenario.TicketAsync(number)).Closure!.Kind);
    }

    private async Task<TicketNumber> ResolvedTicketAsync(DateTimeOffset resolvedAt)
    {
        var number = await _scenario.OpenAsync(Severity.S3);
        await _scenario.StartWorkAsync(number);
        _scenario.AdvanceTo(resolvedAt);
        await _scenario.ResolveAsync(number);
        await _host.DispatchOutboxAsync();
        return number;
    }
}
