using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Tickets;
using Microsoft.Extensions.DependencyInjection;
using static IncidentWorkflows.Persistence.Tests.Tickets.TicketReports;

namespace IncidentWorkflows.Persistence.Tests.Tickets;

/// <summary>Ticket numbers are unique, consecutive and per kind, also when many tickets are created at the same moment.</summary>
public sealed class TicketNumberingTests
{
    public static TheoryData<string> Providers() => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task OpenAsync_FiftyConcurrentCreates_GetFiftyDistinctConsecutiveNumbers(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var tickets = db.Services.GetRequiredService<TicketService>();

        var created = await Task.WhenAll(Enumerable.Range(1, 50).Select(i =>
            Task.Run(() => tickets.OpenAsync(Severe(title: $"Concurrent {i}"), Requester, default))));

        Assert.Equal(Enumerable.Range(1, 50).Select(n => (long)n), created.Select(t => t.Number).Order());
        var listed = await db.Services.GetRequiredService<TicketQueries>().ListAsync(new TicketFilter { PageSize = 100 }, default);
        Assert.Equal(50, listed.TotalCount);
        Assert.Equal(50, listed.Items.Select(t => t.Number).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task OpenAsync_DifferentKinds_CountSeparatelyWithTheirPrefix(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var tickets = db.Services.GetRequiredService<TicketService>();

        var incident = await tickets.OpenAsync(Severe(TicketKind.Incident), Requester, default);
        var request = await tickets.OpenAsync(Severe(TicketKind.ServiceRequest), Requester, default);
        var change = await tickets.OpenAsync(Severe(TicketKind.ChangeRequest), Requester, default);
        var second = await tickets.OpenAsync(Severe(TicketKind.Incident), Requester, default);

        Assert.Equal(["INC-000001", "REQ-000001", "CHG-000001", "INC-000002"],
            new[] { incident, request, change, second }.Select(t => t.DisplayNumber.ToString()));
    }
}
