using IncidentWorkflows.Persistence.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IncidentWorkflows.Persistence.Tests.Tickets.TicketReports;

namespace IncidentWorkflows.Persistence.Tests.Tickets;

/// <summary>The database itself refuses to rewrite history, whatever the code above it does.</summary>
public sealed class AppendOnlyTimelineTests
{
    public static TheoryData<string> Providers() => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TimelineRows_UpdateOrDelete_AreRefusedByTheDatabase(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.Services.GetRequiredService<TicketService>().OpenAsync(Severe(), Requester, default);
        await using var context = db.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContext();

        var update = await Record.ExceptionAsync(() => context.Database.ExecuteSqlRawAsync("""UPDATE "ticket_timeline" SET "Note" = 'rewritten'"""));
        var delete = await Record.ExceptionAsync(() => context.Database.ExecuteSqlRawAsync("""DELETE FROM "ticket_timeline" """));

        Assert.Contains("append-only", update?.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete?.Message, StringComparison.Ordinal);
        Assert.Equal(0, await context.Set<Incidents.Tickets.TimelineEntry>().CountAsync(e => e.Note == "rewritten"));
    }
}
