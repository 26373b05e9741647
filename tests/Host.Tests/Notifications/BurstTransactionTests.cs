using IncidentWorkflows.Host.Tests.Support.Smtp;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Host.Tests.Notifications;

/// <summary>An email leaves only after the burst that asked for it committed (architecture §4).</summary>
public sealed class BurstTransactionTests
{
    private static string Literal(string value) => $$"""{ "typeName": "String", "expression": { "type": "Literal", "value": "{{value}}" } }""";

    private static string Flow(string definitionId, bool breakCommit) => $$"""
        { "definitionId": "{{definitionId}}", "isPublished": true, "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": [
            { "id": "mail", "type": "Test.QueueEmail", "to": {{Literal("ann@example.com")}}, "subject": {{Literal("[INC-000123] Status changed")}} },
            { "id": "after", "type": "{{(breakCommit ? "Test.BreakCommit" : "Elsa.WriteLine")}}", "text": {{Literal("done")}} } ],
          "connections": [ { "source": { "activity": "mail", "port": "Done" }, "target": { "activity": "after", "port": "In" } } ] } }
        """;

    private static Task<NotificationHarness> CreateAsync(TestSmtpServer server) =>
        NotificationHarness.CreateAsync(NotificationHarness.SmtpSettings(server), registry =>
        {
            registry.Register<QueueEmail>();
            registry.Register<BreakCommit>();
        });

    [Fact]
    public async Task StartAsync_BurstCommits_EmailDeliveredAfterwards()
    {
        await using var server = new TestSmtpServer();
        await using var harness = await CreateAsync(server);
        await harness.Definitions.ImportAsync(Flow("notify", breakCommit: false), "test", default);

        var instance = await harness.Runtime.StartAsync(new StartWorkflowRequest("notify"), default);
        Assert.Equal(0, server.Connections);
        Assert.Equal(1, await harness.Dispatcher.DispatchDueAsync(default));

        var message = Assert.Single(server.Received).Parse();
        Assert.Equal("[INC-000123] Status changed", message.Subject);
        Assert.Equal(QueueEmail.KeyFor(instance.Id), message.Headers[Host.Notifications.Email.EmailMessageIds.IdempotencyKeyHeader]);
    }

    [Fact]
    public async Task StartAsync_BurstRolledBack_EmailNeverReachesTheOutboxNorTheServer()
    {
        await using var server = new TestSmtpServer();
        await using var harness = await CreateAsync(server);
        await harness.Definitions.ImportAsync(Flow("notify-then-fail", breakCommit: true), "test", default);

        await Assert.ThrowsAsync<DbUpdateException>(() => harness.Runtime.StartAsync(new StartWorkflowRequest("notify-then-fail"), default));

        Assert.Empty(await harness.OutboxAsync());
        await using (var db = await harness.CreateDbAsync())
            Assert.Equal(0, await db.WorkflowInstances.CountAsync());
        Assert.Equal(0, await harness.Dispatcher.DispatchDueAsync(default));
        Assert.Equal(0, server.Connections);
    }
}
