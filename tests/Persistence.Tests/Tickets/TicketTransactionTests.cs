using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IncidentWorkflows.Persistence.Tests.Tickets.TicketReports;

namespace IncidentWorkflows.Persistence.Tests.Tickets;

/// <summary>Every change commits whole with its timeline and notices, or not at all.</summary>
public sealed class TicketTransactionTests
{
    public static TheoryData<string> Providers() => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ChangeAsync_PendingRefusedForS2_SavesNothing(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var tickets = db.Services.GetRequiredService<TicketService>();
        var number = (await tickets.OpenAsync(Severe(), Requester, default)).DisplayNumber;
        await tickets.ChangeAsync(number, c => c.Ticket.Apply(new StartWork(Engineer, c.At, Engineer.Id)), default);
        var before = await SnapshotAsync(db, number);

        // A command that changes the ticket and is then refused must not leave the first change behind either.
        var refused = await Assert.ThrowsAsync<ConflictException>(() => tickets.ChangeAsync(number, c =>
        {
            c.Ticket.AddComment("Asking the partner for the ids.", Visibility.Public, Engineer, c.At);
            return c.Ticket.Apply(new PutOnHold(Engineer, c.At, PendingReason.AwaitingCustomerInformation, "Need the failing transfer ids."));
        }, default));

        Assert.Equal(RuleIds.PendingForbiddenForS1S2, refused.Type);
        Assert.Equal(before, await SnapshotAsync(db, number));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task OpenAsync_RefusedReport_UsesNoNumber(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var tickets = db.Services.GetRequiredService<TicketService>();

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => tickets.OpenAsync(Severe() with { Category = "Catering" }, Requester, default));
        var next = await tickets.OpenAsync(Severe(), Requester, default);

        Assert.Equal(RuleIds.UnknownCategory, refused.Type);
        Assert.Equal("category", Assert.Single(refused.Issues).Property);
        Assert.Equal("INC-000001", next.DisplayNumber.ToString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ChangeAsync_StatusChanges_QueueOneNoticeEachWithTicketAndSequenceKey(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var tickets = db.Services.GetRequiredService<TicketService>();
        var number = (await tickets.OpenAsync(Severe(), Requester, default)).DisplayNumber;
        await tickets.ChangeAsync(number, c => c.Ticket.AddComment("Internal note.", Visibility.Internal, Engineer, c.At).Refusal, default);
        var started = await tickets.ChangeAsync(number, c => c.Ticket.Apply(new StartWork(Engineer, c.At, Engineer.Id)), default);

        await using var context = db.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContext();
        var notices = await context.Outbox.Where(m => m.Kind == StatusChangeNotice.MessageKind).OrderBy(m => m.Id).ToListAsync();

        var startEntry = started.Timeline.Single(e => e.Subject == TimelineSubjects.Status && e.NewValue == nameof(TicketStatus.InProgress));
        Assert.Equal(["ticket:INC-000001:2", $"ticket:INC-000001:{startEntry.Sequence}"], notices.Select(m => m.IdempotencyKey));
        Assert.Contains("\"oldStatus\":\"New\",\"newStatus\":\"InProgress\",\"requesterEmail\":\"rita@partner.test\"", notices[1].PayloadJson, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ChangeAsync_UnknownTicket_IsNotFound(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var tickets = db.Services.GetRequiredService<TicketService>();

        var missing = await Assert.ThrowsAsync<NotFoundException>(() =>
            tickets.ChangeAsync(TicketNumber.Parse("INC-000042"), c => c.Ticket.Acknowledge(Engineer, c.At), default));

        Assert.Equal(TicketRules.TicketNotFound, missing.Type);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ChangeAsync_TwentyConcurrentResolves_OneWinsTheOthersSeeResolved(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var tickets = db.Services.GetRequiredService<TicketService>();
        var number = (await tickets.OpenAsync(Severe(), Requester, default)).DisplayNumber;
        await tickets.ChangeAsync(number, c => c.Ticket.Apply(new StartWork(Engineer, c.At, Engineer.Id)), default);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            try
            {
                await tickets.ChangeAsync(number, c => c.Ticket.Apply(new Resolve(Engineer, c.At, ResolutionKind.PermanentFix, "Timeout raised.")), default);
                return "resolved";
            }
            catch (ConflictException e)
            {
                return e.Type;
            }
        })));

        Assert.Equal(1, outcomes.Count(o => o == "resolved"));
        Assert.Equal(19, outcomes.Count(o => o == RuleIds.TransitionNotAllowed));
        var ticket = await db.Services.GetRequiredService<TicketQueries>().GetAsync(number, default);
        Assert.Single(ticket!.Timeline, e => e.Subject == TimelineSubjects.Resolution);
    }

    private static async Task<string> SnapshotAsync(TestDatabase db, TicketNumber number)
    {
        await using var context = db.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContext();
        var ticket = await context.Tickets.AsNoTracking().SingleAsync(t => t.Number == number.Sequence);
        var version = await context.Tickets.Where(t => t.Number == number.Sequence).Select(t => EF.Property<long>(t, "Version")).SingleAsync();
        var timeline = await context.Set<TimelineEntry>().CountAsync();
        var comments = await context.Set<Comment>().CountAsync();
        var outbox = await context.Outbox.CountAsync();
        return $"{ticket.Status} v{version} timeline {timeline} comments {comments} outbox {outbox} sla {System.Text.Json.JsonSerializer.Serialize(ticket.Sla.ToSnapshot())}";
    }
}
