using IncidentWorkflows.Activities.Tests.Support;
using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;

namespace IncidentWorkflows.Activities.Tests.Sla;

/// <summary>
/// Incidents.WatchSla on the durable runtime: Quartz fires its timer on the fake clock, the ticket API's changes wake it
/// through the ticket-changed signal. The ticket opens on Monday 2 March 2026, 09:00 UTC (business hours 08–18 UTC).
/// </summary>
public sealed class WatchSlaTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = ActivityHost.DefaultStart;
    private ActivityHost _host = null!;
    private TicketScenario _scenario = null!;

    public async Task InitializeAsync()
    {
        _host = await ActivityHost.StartAsync();
        _scenario = new TicketScenario(_host);
        await _host.ImportAsync("Sla/Workflows/watch-sla.json");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task WatchSla_ResponseWarningDue_RecordsAndNotifiesExactlyOnce()
    {
        await _scenario.AddServiceManagerAsync();
        var number = await _scenario.OpenAsync(Severity.S3);
        var instance = await _scenario.StartWorkflowAsync("watch-sla", number);
        // S3 responds within 4 business hours: 75 % is 3 h after 09:00.
        Assert.Equal(Monday.AddHours(3), await _scenario.TimerAsync(instance));

        _scenario.AdvanceTo(Monday.AddHours(3));
        await Eventually.UntilAsync(async () => (await _scenario.TicketAsync(number)).Sla.Warnings.Any(), "the response warning is recorded");
        await Eventually.UntilAsync(async () => await _scenario.TimerAsync(instance) == Monday.AddHours(4), "the timer is re-armed at the response breach");
        _scenario.AdvanceTo(Monday.AddHours(3.5));
        await _host.DispatchOutboxAsync();

        var ticket = await _scenario.TicketAsync(number);
        var warning = Assert.Single(ticket.Timeline, e => e.Subject == TimelineSubjects.SlaWarning);
        Assert.Equal("Response", warning.NewValue);
        Assert.Equal(Monday.AddHours(3), warning.At);
        var notice = Assert.Single(ticket.Timeline, e => e.Subject == TimelineSubjects.HierarchicalNotice);
        Assert.Contains("role:service-manager", notice.NewValue, StringComparison.Ordinal);
        var email = Assert.Single(await _scenario.OutboxAsync("email"));
        Assert.Contains("\"template\":\"sla-warning\"", email.PayloadJson, StringComparison.Ordinal);
        Assert.Contains(TicketScenario.ServiceManager, email.PayloadJson, StringComparison.Ordinal);
        Assert.Equal($"{number}:notice:{notice.Sequence}", email.IdempotencyKey);
    }

    [Fact]
    public async Task WatchSla_LevelTargetBreached_EscalatesToL2WithNoticeAndFreshTarget()
    {
        var number = await _scenario.OpenAsync(Severity.S2);
        await _scenario.StartWorkAsync(number);
        var instance = await _scenario.StartWorkflowAsync("watch-sla", number);
        // S2 resolves within 8 h (24×7), and L1 has the same level target: warnings at 6 h, breaches at 8 h.
        Assert.Equal(Monday.AddHours(6), await _scenario.TimerAsync(instance));

        _scenario.AdvanceTo(Monday.AddHours(6));
        await Eventually.UntilAsync(async () => await _scenario.TimerAsync(instance) == Monday.AddHours(8), "the timer is re-armed at the breach");
        _scenario.AdvanceTo(Monday.AddHours(8));
        await Eventually.UntilAsync(async () => (await _scenario.TicketAsync(number)).SupportLevel == SupportLevel.L2, "the breach escalates to L2");

        var ticket = await _scenario.TicketAsync(number);
        Assert.Equal("l2-operations", ticket.SupportGroupId);
        Assert.Null(ticket.AssigneeId);
        Assert.Equal(["Resolution", "SupportLevel L1"], ticket.Timeline.Where(e => e.Subject == TimelineSubjects.SlaBreach).Select(e => e.NewValue).Order());
        var breachNotice = ticket.Timeline.Last(e => e.Subject == TimelineSubjects.HierarchicalNotice);
        Assert.Contains("escalated from L1 to L2 (l2-operations)", breachNotice.Note, StringComparison.Ordinal);
        Assert.Equal(SupportLevel.L2, ticket.Sla.CurrentLevel!.Level);
        // The new level's own target: its warning falls 6 h after the escalation.
        await Eventually.UntilAsync(async () => await _scenario.TimerAsync(instance) == Monday.AddHours(14), "the timer is armed on the L2 target");
    }

    [Fact]
    public async Task WatchSla_PendingThenResumed_WarningComesWhenPausedTimeIsExcluded()
    {
        var number = await _scenario.OpenAsync(Severity.S3);
        await _scenario.StartWorkAsync(number);
        var instance = await _scenario.StartWorkflowAsync("watch-sla", number);
        // 3 business days = 30 working hours; 75 % = 22.5 h from Monday 09:00 = Wednesday 11:30.
        var wednesday = Monday.AddDays(2);
        Assert.Equal(wednesday.AddHours(2.5), await _scenario.TimerAsync(instance));

        _scenario.AdvanceTo(Monday.AddHours(1));
        await _scenario.ChangeAsync(number, change => change.Ticket.Apply(new PutOnHold(TicketScenario.Engineer, change.At, PendingReason.AwaitingCustomerInformation, "Need the transfer ids.")));
        Assert.Equal(1, await _host.DispatchOutboxAsync());
        Assert.Null(await _scenario.TimerAsync(instance));

        _scenario.AdvanceTo(Monday.AddHours(3));
        await _scenario.ChangeAsync(number, change => change.Ticket.Apply(new Resume(TicketScenario.Engineer, change.At)));
        await _host.DispatchOutboxAsync();
        Assert.Equal(wednesday.AddHours(4.5), await _scenario.TimerAsync(instance));

        _scenario.AdvanceTo(wednesday.AddHours(4.5));
        await Eventually.UntilAsync(async () => (await _scenario.TicketAsync(number)).Sla.Warnings.Any(), "the resolution warning is recorded");
        var ticket = await _scenario.TicketAsync(number);
        Assert.All(ticket.Sla.Warnings, warning => Assert.Equal(wednesday.AddHours(4.5), warning.WarningAt));
        Assert.All(ticket.Timeline.Where(e => e.Subject == TimelineSubjects.SlaWarning), entry => Assert.Equal(wednesday.AddHours(4.5), entry.At));
    }

    [Fact]
    public async Task WatchSla_SeverityRaisedMidFlight_TimerRescheduledOnTheNewTarget()
    {
        var number = await _scenario.OpenAsync(Severity.S3);
        await _scenario.StartWorkAsync(number);
        var instance = await _scenario.StartWorkflowAsync("watch-sla", number);
        Assert.Equal(Monday.AddDays(2).AddHours(2.5), await _scenario.TimerAsync(instance));

        _scenario.AdvanceTo(Monday.AddHours(1));
        await _scenario.ChangeAsync(number, change => change.Ticket.OverrideSeverity(Severity.S2, "Key functionality after all.", change.Process.SlaPolicies, TicketScenario.Engineer, change.At));
        await _host.DispatchOutboxAsync();
        // S2: 8 h around the clock since 09:00, so the warning falls at 15:00 the same day.
        Assert.Equal(Monday.AddHours(6), await _scenario.TimerAsync(instance));

        _scenario.AdvanceTo(Monday.AddHours(6));
        await Eventually.UntilAsync(async () => (await _scenario.TicketAsync(number)).Sla.Warnings.Any(), "the S2 warning is recorded");
        Assert.All((await _scenario.TicketAsync(number)).Sla.Warnings, warning => Assert.Equal(TimeSpan.FromHours(8), warning.Target));
    }

    [Fact]
    public async Task WatchSla_TicketResolved_CompletesAndDropsItsTimer()
    {
        var number = await _scenario.OpenAsync(Severity.S2);
        await _scenario.StartWorkAsync(number);
        var instance = await _scenario.StartWorkflowAsync("watch-sla", number);

        await _scenario.ResolveAsync(number);
        await _host.DispatchOutboxAsync();

        Assert.Equal("Done", await _scenario.OutcomeOfAsync(instance, "watch"));
        Assert.Empty(await _scenario.BookmarksAsync(instance));
    }
}
