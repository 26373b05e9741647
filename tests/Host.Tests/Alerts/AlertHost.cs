using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IncidentWorkflows.Host.Tests.Support;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Alerts.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IncidentWorkflows.Host.Tests.Alerts;

/// <summary>
/// A host whose new incidents run <c>alert-flow</c> (WriteLine, then wait for <c>alert.resolved</c>), on a fake clock,
/// with an admin client to configure integrations and a client per integration that posts with its key.
/// </summary>
public sealed class AlertHost : IAsyncDisposable
{
    public const string Workflow = "alert-flow";

    private readonly TempDirectory _workflows = new();

    private AlertHost(FakeTimeProvider time)
    {
        Time = time;
        _workflows.File("alert-flow.json", TestWorkflows.WaitForEvent(Workflow, "alert.resolved"));
        Factory = new KestrelHostFactory
        {
            WorkflowsFolder = _workflows.Path,
            Settings = { ["Incidents:LifecycleWorkflow"] = Workflow },
            TestServices = services => services.AddSingleton<TimeProvider>(time),
        };
    }

    public KestrelHostFactory Factory { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Admin { get; private set; } = null!;

    public static async Task<AlertHost> StartAsync()
    {
        var host = new AlertHost(new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero)));
        host.Admin = await host.Factory.CreateAdminClientAsync();
        return host;
    }

    /// <summary>Creates an integration through the API and returns a client that posts to it with its key.</summary>
    public async Task<IntegrationClient> IntegrationAsync(string source, object? settings = null, string? signingSecret = null, string? name = null)
    {
        name ??= $"{source.ToLowerInvariant()}-{Guid.NewGuid():N}"[..20];
        var response = await Admin.PostAsJsonAsync("/api/integrations", new { name, source, ownerTeam = "platform-ops", settings, signingSecret });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var key = JsonDocument.Parse(body).RootElement.GetProperty("key").GetProperty("key").GetString()!;
        var client = Factory.CreateServerClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return new IntegrationClient(name, key, client);
    }

    public async Task<JsonElement> TicketAsync(string number) =>
        JsonDocument.Parse(await Admin.GetStringAsync($"/api/tickets/{number}")).RootElement.Clone();

    /// <summary>An engineer starts work on the ticket (only a worked ticket can be resolved).</summary>
    public async Task StartWorkAsync(string ticket)
    {
        var response = await Admin.PostAsJsonAsync($"/api/tickets/{ticket}/start-work", new { assignee = "eve@ops.example" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<int> CountAsync<T>()
        where T : class
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        return await db.Set<T>().CountAsync();
    }

    public Task<int> TicketCountAsync() => CountAsync<Incidents.Tickets.Ticket>();

    public async Task<AlertRecord> AlertAsync(string sourceKey)
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        return await db.Set<AlertRecord>().AsNoTracking().SingleAsync(a => a.SourceKey == sourceKey);
    }

    /// <summary>The workflow instance of a ticket, once it reached <paramref name="status"/> (the outbox delivers events after commit).</summary>
    public async Task<JsonElement> InstanceOfAsync(string ticket, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var list = JsonDocument.Parse(await Admin.GetStringAsync($"/api/workflow-instances?correlationId={ticket}")).RootElement;
            var items = list.GetProperty("items");
            if (items.GetArrayLength() == 1 && items[0].GetProperty("status").GetString() == status)
                return items[0].Clone();
            Assert.True(DateTime.UtcNow < deadline, $"The instance of {ticket} did not reach {status}: {list}");
            await Task.Delay(25);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Factory.DisposeAsync();
        _workflows.Dispose();
    }
}

public sealed record IntegrationClient(string Name, string Key, HttpClient Http)
{
    public Task<HttpResponseMessage> PostAsync(string json) =>
        Http.PostAsync($"/api/alerts/{Name}", new StringContent(json, Encoding.UTF8, "application/json"));

    public Task<HttpResponseMessage> PostFixtureAsync(string fixture) => PostAsync(Fixtures.Read(fixture));

    public async Task<JsonElement> AcceptedAsync(string json)
    {
        var response = await PostAsync(json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public Task<JsonElement> AcceptedFixtureAsync(string fixture) => AcceptedAsync(Fixtures.Read(fixture));
}

/// <summary>The shared webhook bodies in <c>../shared/fixtures/alerts</c>.</summary>
public static class Fixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(RepositoryPaths.Shared, "fixtures", "alerts", name));

    public static JsonElement Line(JsonElement receipt, int index) => receipt.GetProperty("alerts")[index];

    public static string Outcome(JsonElement receipt, int index) => Line(receipt, index).GetProperty("outcome").GetString()!;

    public static string Ticket(JsonElement receipt, int index) => Line(receipt, index).GetProperty("ticket").GetString()!;
}
