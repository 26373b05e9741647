using IncidentWorkflows.Engine.Descriptors;
using IncidentWorkflows.Persistence.Outbox;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IncidentWorkflows.Persistence.Tests.Outbox;

public sealed class OutboxTests
{
    private static string SendThenWait(string definitionId) => $$"""
        { "definitionId": "{{definitionId}}", "isPublished": true, "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": [
            { "id": "send", "type": "Test.SendMessage", "text": {{Workflows.Literal("hello")}} },
            { "id": "ev", "type": "Elsa.Event", "eventName": {{Workflows.Literal("go")}} } ],
          "connections": [ { "source": { "activity": "send", "port": "Done" }, "target": { "activity": "ev", "port": "In" } } ] } }
        """;

    private static Task<TestDatabase> CreateAsync(string provider, RecordingHandler handler, FakeTimeProvider time) =>
        TestDatabase.CreateAsync(provider, time, services =>
        {
            var registry = ActivityRegistry.CreateDefault();
            registry.Register<SendMessage>();
            services.AddSingleton(registry);
            services.AddSingleton<IOutboxHandler>(handler);
        });

    public static TheoryData<string> Providers() => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DispatchDue_CommittedBurst_DeliversOnceWithIdempotencyKey(string provider)
    {
        var handler = new RecordingHandler();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var db = await CreateAsync(provider, handler, time);
        await db.Definitions.ImportAsync(SendThenWait("sender"), "test", default);
        var instance = await db.Runtime.StartAsync(new StartWorkflowRequest("sender"), default);
        var dispatcher = db.Services.GetRequiredService<OutboxDispatcher>();

        Assert.Equal(1, await dispatcher.DispatchDueAsync(default));
        Assert.Equal(0, await dispatcher.DispatchDueAsync(default));

        Assert.Equal(["""{"text":"hello"}"""], handler.Delivered);
        await using var context = db.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContext();
        var message = await context.Outbox.SingleAsync();
        Assert.Equal($"{instance.Id}:send", message.IdempotencyKey);
        Assert.NotNull(message.SentAt);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DispatchDue_HandlerFails_RetriesWithBackoffThenDeadLetters(string provider)
    {
        var handler = new RecordingHandler { FailuresLeft = int.MaxValue };
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var db = await CreateAsync(provider, handler, time);
        await db.Definitions.ImportAsync(SendThenWait("sender"), "test", default);
        await db.Runtime.StartAsync(new StartWorkflowRequest("sender"), default);
        var dispatcher = db.Services.GetRequiredService<OutboxDispatcher>();
        var options = new OutboxOptions();

        for (var attempt = 1; attempt <= options.MaxAttempts; attempt++)
        {
            Assert.Equal(0, await dispatcher.DispatchDueAsync(default));
            time.Advance(options.BackoffAfter(attempt));
        }

        await using var context = db.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContext();
        var message = await context.Outbox.SingleAsync();
        Assert.Equal(options.MaxAttempts, message.Attempts);
        Assert.NotNull(message.DeadLetteredAt);
        Assert.Equal("server unavailable", message.LastError);
        Assert.Empty(handler.Delivered);
    }

    [Fact]
    public async Task DispatchDue_BeforeBackoffElapsed_DoesNotRetry()
    {
        var handler = new RecordingHandler { FailuresLeft = 1 };
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var db = await CreateAsync("Sqlite", handler, time);
        await db.Definitions.ImportAsync(SendThenWait("sender"), "test", default);
        await db.Runtime.StartAsync(new StartWorkflowRequest("sender"), default);
        var dispatcher = db.Services.GetRequiredService<OutboxDispatcher>();

        await dispatcher.DispatchDueAsync(default);
        time.Advance(new OutboxOptions().InitialBackoff - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await dispatcher.DispatchDueAsync(default));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await dispatcher.DispatchDueAsync(default));
        Assert.Single(handler.Delivered);
    }

    [Fact]
    public async Task StartAsync_RepeatedIdempotencyKey_QueuesMessageOnce()
    {
        var handler = new RecordingHandler();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var db = await CreateAsync("Sqlite", handler, time);
        await db.Definitions.ImportAsync(SendThenWait("sender"), "test", default);

        // Same idempotency key twice: the second start returns the first instance and writes nothing.
        await db.Runtime.StartAsync(new StartWorkflowRequest("sender", IdempotencyKey: "k"), default);
        await db.Runtime.StartAsync(new StartWorkflowRequest("sender", IdempotencyKey: "k"), default);

        await using var context = db.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContext();
        Assert.Equal(1, await context.Outbox.CountAsync());
    }
}
