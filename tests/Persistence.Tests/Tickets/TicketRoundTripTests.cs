using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using IncidentWorkflows.Persistence.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static IncidentWorkflows.Persistence.Tests.Tickets.TicketReports;

namespace IncidentWorkflows.Persistence.Tests.Tickets;

/// <summary>A ticket saved and read back is the same ticket: SLA clocks with their paused stretches, timeline, tasks, comments.</summary>
public sealed class TicketRoundTripTests
{
    public static TheoryData<string> Providers() => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task GetAsync_TicketWorkedPausedAndResumed_ReadsBackEverything(string provider)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 24, 9, 0, 0, TimeSpan.Zero));
        await using var db = await TestDatabase.CreateAsync(provider, time);
        var tickets = db.Services.GetRequiredService<TicketService>();
        var opened = await tickets.OpenAsync(Average(), Requester, default);
        var number = opened.DisplayNumber;
        Guid taskId = default;

        time.Advance(TimeSpan.FromMinutes(10));
        await tickets.ChangeAsync(number, c => c.Ticket.Apply(new StartWork(Engineer, c.At, Engineer.Id)), default);
        await tickets.ChangeAsync(number, c =>
        {
            var task = c.Ticket.AddTask("Collect gateway logs", isMandatory: true, "l2-operations", Engineer, c.At);
            taskId = task.Value!.Id;
            return Outcome.Accepted;
        }, default);
        await tickets.ChangeAsync(number, c => c.Ticket.AddComment("Looking into it.", Visibility.Public, Engineer, c.At).Refusal, default);
        await tickets.ChangeAsync(number, c => c.Ticket.AddComment("Gateway timeout is 30 s.", Visibility.Internal, Engineer, c.At).Refusal, default);
        time.Advance(TimeSpan.FromMinutes(20));
        await tickets.ChangeAsync(number, c => c.Ticket.Apply(new PutOnHold(Engineer, c.At, PendingReason.AwaitingCustomerInformation, "Need the failing transfer ids.")), default);
        time.Advance(TimeSpan.FromHours(2));
        await tickets.ChangeAsync(number, c => c.Ticket.Apply(new Resume(Engineer, c.At, "Ids received.")), default);
        var saved = await tickets.ChangeAsync(number, c => c.Ticket.CompleteTask(taskId, Engineer, c.At), default);

        var loaded = await db.Services.GetRequiredService<TicketQueries>().GetAsync(number, default);

        Assert.NotNull(loaded);
        Assert.Equal(TicketStatus.InProgress, loaded.Status);
        Assert.Equal(Engineer.Id, loaded.AssigneeId);
        Assert.Equal(["transfers-api"], loaded.AffectedServices);
        Assert.Equal(saved.Timeline, loaded.Timeline);
        Assert.Equal(Enumerable.Range(1, saved.Timeline.Count), loaded.Timeline.Select(entry => entry.Sequence));
        Assert.Equal(saved.Comments, loaded.Comments);
        Assert.Equal(TaskState.Done, Assert.Single(loaded.Tasks).State);
        Assert.Equal(Json(saved.Sla), Json(loaded.Sla));
        var calendars = (await db.Services.GetRequiredService<IncidentWorkflows.Persistence.ProcessConfiguration.ProcessConfigurationStore>().LoadAsync(default)).Calendars;
        var resolution = loaded.Sla.Read(calendars, time.GetUtcNow()).Single(clock => clock.Kind == Incidents.Sla.SlaClockKind.Resolution);
        Assert.Equal(TimeSpan.FromMinutes(30), resolution.Elapsed);
        Assert.Equal(2, loaded.Sla.Resolution.Intervals.Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task GetAsync_ResolvedTicket_KeepsStatusDetailsAsWritten(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, new FakeTimeProvider(new DateTimeOffset(2025, 3, 24, 9, 0, 0, TimeSpan.Zero)));
        var tickets = db.Services.GetRequiredService<TicketService>();
        var number = (await tickets.OpenAsync(Severe(), Requester, default)).DisplayNumber;
        await tickets.ChangeAsync(number, c => c.Ticket.Apply(new StartWork(Engineer, c.At, Engineer.Id)), default);
        var saved = await tickets.ChangeAsync(number, c => c.Ticket.Apply(new Resolve(Engineer, c.At, ResolutionKind.Workaround, "Retry with a 60 s timeout.")), default);

        var loaded = await db.Services.GetRequiredService<TicketQueries>().GetAsync(number, default);

        Assert.Equal(saved.Resolution, loaded!.Resolution);
        Assert.Equal(ResolutionKind.Workaround, loaded.Resolution!.Kind);
        Assert.Null(loaded.Pending);
        Assert.Equal(saved.ResolvedAt, loaded.ResolvedAt);
    }

    private static string Json(Incidents.Sla.SlaClockSet clocks) => System.Text.Json.JsonSerializer.Serialize(clocks.ToSnapshot());
}
