using IncidentWorkflows.Persistence.Alerts;
using IncidentWorkflows.Persistence.Alerts.Intake;
using IncidentWorkflows.Persistence.Alerts.Integrations;
using IncidentWorkflows.Persistence.Alerts.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentWorkflows.Persistence.Tests.Alerts;

/// <summary>The intake transaction on both providers: one incident per identity, everything committed together.</summary>
public sealed class AlertIntakeTests
{
    public static TheoryData<string> Providers() => ["Sqlite", "Postgres"];

    private static async Task<IntegrationSnapshot> IntegrationAsync(TestDatabase db, IntegrationSettings? settings = null)
    {
        var contexts = db.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>();
        await using var context = await contexts.CreateDbContextAsync();
        var record = new IntegrationRecord { Id = Guid.NewGuid().ToString("N"), Name = "zabbix-prod", Source = AlertSource.Zabbix, OwnerTeam = "ops", CreatedAt = DateTimeOffset.UtcNow };
        context.Add(record);
        await context.SaveChangesAsync();
        return new IntegrationSnapshot(record.Id, record.Name, record.Source, record.OwnerTeam, settings ?? new IntegrationSettings { Workflow = "flow" });
    }

    private static AlertBatch Firing(string key) =>
        new([new CanonicalAlert { SourceKey = key, State = AlertState.Firing, Title = "High ICMP ping loss on edge-gw-03" }]);

    private static Task<AlertReceipt> AcceptAsync(TestDatabase db, IntegrationSnapshot integration, AlertBatch batch) =>
        db.Services.GetRequiredService<AlertIntake>().AcceptAsync(integration, batch, RawPayload.From("{}"u8, 1024), default);

    private static async Task<T> ReadAsync<T>(TestDatabase db, Func<WorkflowDbContext, Task<T>> read)
    {
        await using var context = await db.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        return await read(context);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AcceptAsync_NewAlert_CommitsTicketIdentityAlertAndWorkflowTogether(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.Definitions.ImportAsync(Workflows.WaitForEvent("flow"), "test", default);
        var integration = await IntegrationAsync(db);

        var receipt = await AcceptAsync(db, integration, Firing("884213"));

        var line = Assert.Single(receipt.Alerts);
        Assert.Equal(AlertOutcome.Opened, line.Outcome);
        var instance = await ReadAsync(db, c => c.WorkflowInstances.SingleAsync());
        Assert.Equal(line.Ticket, instance.CorrelationId);
        Assert.Equal(line.Instance, instance.Id);
        Assert.Equal($"incident-lifecycle:{line.Ticket}", instance.IdempotencyKey);
        Assert.Equal(line.Ticket, (await ReadAsync(db, c => c.Set<AlertIncidentRecord>().SingleAsync())).TicketNumber);
        Assert.Equal(1, await ReadAsync(db, c => c.Set<AlertDeliveryRecord>().CountAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AcceptAsync_TwentyConcurrentDuplicates_OpenOneIncidentAndCountTheRest(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var integration = await IntegrationAsync(db);

        var receipts = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => AcceptAsync(db, integration, Firing("884213")))));

        Assert.Single(receipts, r => r.Alerts[0].Outcome == AlertOutcome.Opened);
        Assert.Equal(19, receipts.Count(r => r.Alerts[0].Outcome == AlertOutcome.Repeated));
        Assert.Equal(1, await ReadAsync(db, c => c.Tickets.CountAsync()));
        Assert.Equal(20, (await ReadAsync(db, c => c.Set<AlertRecord>().SingleAsync())).Occurrences);
        Assert.Equal(19, (await ReadAsync(db, c => c.Set<AlertIncidentRecord>().SingleAsync())).Repeats);
        Assert.Equal(19, await ReadAsync(db, c => c.Outbox.CountAsync(m => m.Kind == AlertSignal.MessageKind)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AcceptAsync_RouteRefusedByTheProcess_StoresNothing(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var integration = await IntegrationAsync(db, new IntegrationSettings { Category = "Catering" });

        var refused = await Assert.ThrowsAsync<Runtime.ConflictException>(() => AcceptAsync(db, integration, Firing("884213")));

        Assert.Equal("alert-route-refused", refused.Type);
        Assert.Equal(0, await ReadAsync(db, c => c.Set<AlertDeliveryRecord>().CountAsync()));
        Assert.Equal(0, await ReadAsync(db, c => c.Tickets.CountAsync()));
        Assert.Equal(0, await ReadAsync(db, c => c.Outbox.CountAsync()));
    }

    [Fact]
    public void RawPayload_LongerThanTheCap_IsCutOnACharacterBoundaryAndMarked()
    {
        var payload = RawPayload.From("{\"t\":\"äää\"}"u8, 8);

        Assert.True(payload.Truncated);
        Assert.Equal("{\"t\":\"ä", payload.Text);
        Assert.Equal(14, payload.Bytes);
    }
}
