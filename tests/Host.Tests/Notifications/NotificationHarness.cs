using System.Text.Json;
using IncidentWorkflows.Engine.Descriptors;
using IncidentWorkflows.Host.Notifications;
using IncidentWorkflows.Host.Tests.Support;
using IncidentWorkflows.Host.Tests.Support.Smtp;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Definitions;
using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.Outbox;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace IncidentWorkflows.Host.Tests.Notifications;

/// <summary>
/// The outbox and the notification services over a fresh SQLite file, on a fake clock: what the host composes,
/// without a web server, so a test drives delivery with <see cref="OutboxDispatcher.DispatchDueAsync"/>.
/// </summary>
public sealed class NotificationHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private NotificationHarness(ServiceProvider services, string contentRoot, FakeTimeProvider time, LogCapture logs)
    {
        _services = services;
        ContentRoot = contentRoot;
        Time = time;
        Logs = logs;
    }

    public IServiceProvider Services => _services;
    public string ContentRoot { get; }
    public FakeTimeProvider Time { get; }
    public LogCapture Logs { get; }
    public OutboxDispatcher Dispatcher => _services.GetRequiredService<OutboxDispatcher>();
    public WorkflowRuntime Runtime => _services.GetRequiredService<WorkflowRuntime>();
    public WorkflowDefinitionService Definitions => _services.GetRequiredService<WorkflowDefinitionService>();

    /// <summary>Settings that send through <paramref name="server"/> in clear text (the test server has no TLS).</summary>
    public static Dictionary<string, string?> SmtpSettings(TestSmtpServer server) => new()
    {
        ["Smtp:Host"] = server.HostName,
        ["Smtp:Port"] = server.Port.ToString(),
        ["Smtp:Security"] = "None",
        ["Smtp:FromAddress"] = "desk@example.com",
        ["Smtp:FromName"] = "Service Desk",
        ["Smtp:Timeout"] = "00:00:10",
    };

    public static async Task<NotificationHarness> CreateAsync(IDictionary<string, string?>? settings = null, Action<ActivityRegistry>? activities = null)
    {
        var contentRoot = Directory.CreateTempSubdirectory("iw-notify-tests-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var logs = new LogCapture();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Information));
        services.AddSingleton<TimeProvider>(time);
        var registry = ActivityRegistry.CreateDefault();
        activities?.Invoke(registry);
        services.AddSingleton(registry);
        services.AddWorkflowPersistence(configuration, contentRoot);
        services.AddNotifications(configuration, contentRoot);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        return new NotificationHarness(provider, contentRoot, time, logs);
    }

    /// <summary>Writes an outbox row exactly as a committed burst does (see the durable runtime's PersistAsync).</summary>
    public async Task<OutboxMessage> EnqueueAsync(string kind, object payload, string idempotencyKey)
    {
        await using var db = await CreateDbAsync();
        var now = Time.GetUtcNow();
        var message = new OutboxMessage
        {
            Kind = kind,
            PayloadJson = payload as string ?? JsonSerializer.Serialize(payload, NotificationJson.Options),
            IdempotencyKey = idempotencyKey,
            InstanceId = "instance-1",
            CreatedAt = now,
            AvailableAt = now,
        };
        db.Outbox.Add(message);
        await db.SaveChangesAsync();
        return message;
    }

    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = await CreateDbAsync();
        return await db.Outbox.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public Task<WorkflowDbContext> CreateDbAsync() =>
        _services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(ContentRoot, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a pooled connection; the temp folder is cleaned by the OS later.
        }
    }
}
