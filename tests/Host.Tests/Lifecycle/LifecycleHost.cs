using System.Text.Json;
using IncidentWorkflows.Host.Tests.Support;
using IncidentWorkflows.Host.Tests.Support.Smtp;
using IncidentWorkflows.Host.Tests.Notifications;
using IncidentWorkflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IncidentWorkflows.Host.Tests.Lifecycle;

/// <summary>
/// The real host on real Kestrel with the repository's <c>workflows/</c> folder imported at start, a real SMTP listener
/// for every notice, and a <see cref="FakeTimeProvider"/> that drives SLA and auto-close timers (Quartz runs on it).
/// Scenarios sign in as the admin (service desk), an L1 engineer and the requester.
/// </summary>
public sealed class LifecycleHost : IAsyncDisposable
{
    /// <summary>Monday 2 March 2026, 09:00 UTC: inside business hours of the default calendar.</summary>
    public static readonly DateTimeOffset Monday0900 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private LifecycleHost(KestrelHostFactory factory, TestSmtpServer smtp, FakeTimeProvider time)
    {
        Factory = factory;
        Smtp = smtp;
        Time = time;
    }

    public KestrelHostFactory Factory { get; }
    public TestSmtpServer Smtp { get; }
    public FakeTimeProvider Time { get; }

    public static async Task<LifecycleHost> StartAsync(DateTimeOffset? start = null)
    {
        var time = new FakeTimeProvider(start ?? Monday0900);
        var smtp = new TestSmtpServer();
        var factory = new KestrelHostFactory
        {
            WorkflowsFolder = RepositoryPaths.Workflows,
            Settings = NotificationHarness.SmtpSettings(smtp),
            TestServices = services => services.AddSingleton<TimeProvider>(time),
        };
        factory.StartServer();
        await Task.CompletedTask;
        return new LifecycleHost(factory, smtp, time);
    }

    public WorkflowDbContext Db() => Factory.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContext();

    /// <summary>The lifecycle instance of a ticket (correlated by number), once the outbox has started it.</summary>
    public async Task<string> LifecycleInstanceAsync(string ticketNumber)
    {
        string? id = null;
        await Eventually.UntilAsync(async () =>
        {
            await using var db = Db();
            id = await db.WorkflowInstances.Where(i => i.CorrelationId == ticketNumber && i.DefinitionId == "incident-lifecycle").Select(i => i.Id).FirstOrDefaultAsync();
            return id is not null;
        }, $"the lifecycle of {ticketNumber} started");
        return id!;
    }

    /// <summary>Whether the instance waits on a bookmark of this name (e.g. an SLA timer, a human task).</summary>
    public async Task<bool> WaitsOnAsync(string instanceId, string bookmarkName)
    {
        await using var db = Db();
        return await db.Bookmarks.AnyAsync(b => b.InstanceId == instanceId && b.Name == bookmarkName);
    }

    /// <summary>When the lifecycle's SLA timer is set to fire next; null while no clock runs (e.g. Pending).</summary>
    public async Task<DateTimeOffset?> SlaTimerAsync(string instanceId)
    {
        await using var db = Db();
        var due = await db.Bookmarks.Where(b => b.InstanceId == instanceId && b.Name == "Incidents.SlaTimer").Select(b => b.ResumeAt).ToListAsync();
        return due.SingleOrDefault();
    }

    /// <summary>Waits until the SLA timer is set to <paramref name="expected"/> (null: no timer).</summary>
    public Task SlaTimerBecomesAsync(string instanceId, DateTimeOffset? expected) =>
        Eventually.UntilAsync(async () => await SlaTimerAsync(instanceId) == expected, $"the SLA timer is set to {expected?.ToString("u") ?? "nothing"}");

    /// <summary>The ticket as staff see it.</summary>
    public static async Task<JsonElement> TicketAsync(HttpClient staff, string number) => await staff.GetJsonAsync($"/api/tickets/{number}");

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
