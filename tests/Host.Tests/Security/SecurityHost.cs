using IncidentWorkflows.Host.Tests.Notifications;
using IncidentWorkflows.Host.Tests.Support;
using IncidentWorkflows.Host.Tests.Support.Smtp;
using IncidentWorkflows.Host.Tests.Tickets;
using IncidentWorkflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IncidentWorkflows.Host.Tests.Security;

/// <summary>
/// The real host with the repository's <c>workflows/</c>, a real SMTP listener (secure mail allowed in clear: the test
/// server has no TLS), the webhook connector pointed at a <see cref="FakeConnectorEndpoint"/>, a fake clock, and one
/// signed-in officer per ISO level. Shared by the tests of a class; each test reports its own ticket.
/// </summary>
public sealed class SecurityHost : IAsyncLifetime
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    public TestSmtpServer Smtp { get; } = new();
    public FakeConnectorEndpoint Connector { get; } = new();
    public FakeEnrichmentService Enrichment { get; } = new();
    public KestrelHostFactory Factory { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;
    public HttpClient L1 { get; private set; } = null!;
    public HttpClient L2 { get; private set; } = null!;
    public HttpClient L3 { get; private set; } = null!;

    public const string Requester = "rita@partner.test";

    public async Task InitializeAsync()
    {
        var settings = NotificationHarness.SmtpSettings(Smtp);
        settings["Smtp:RequireTlsForSecureMail"] = "false";
        settings["Security:Connectors:Webhook:Url"] = Connector.Url;
        settings["Security:Connectors:Webhook:Secret"] = FakeConnectorEndpoint.Secret;
        settings["Security:Enrichment:ServiceUrl"] = Enrichment.Url;
        settings["Security:Enrichment:DenyList:0"] = "evil-cdn.example.net";
        settings["Security:Enrichment:AllowList:0"] = "intranet.bank.test";
        settings["Security:Enrichment:Assets:0:Value"] = "ws-0142";
        settings["Security:Enrichment:Assets:0:Owner"] = "finance";
        settings["Security:Enrichment:Assets:0:Criticality"] = "high";
        Factory = new KestrelHostFactory
        {
            WorkflowsFolder = RepositoryPaths.Workflows,
            Settings = settings,
            TestServices = services => services.AddSingleton<TimeProvider>(Time),
        };
        Factory.StartServer();
        Admin = await Factory.CreateAdminClientAsync();
        L1 = await Factory.CreateClientWithRolesAsync("iso-l1");
        L2 = await Factory.CreateClientWithRolesAsync("iso-l2");
        L3 = await Factory.CreateClientWithRolesAsync("iso-l3");
    }

    public WorkflowDbContext Db() => Factory.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContext();

    /// <summary>A security ticket (malicious code, S3), logged by the service desk for the requester.</summary>
    public Task<string> ReportAsync(string title = "Suspicious attachment opened") => Admin.CreateTicketNumberAsync(new
    {
        title,
        description = "A user opened an attachment and the endpoint behaves oddly.",
        category = "Security",
        subcategory = "Malicious code",
        requester = Requester,
        channel = "Email",
        impact = new { securityImpact = "Minor", affectedUsers = 1 },
    });

    public static async Task<string> StatusAsync(HttpClient staff, string ticket) =>
        (await staff.GetJsonAsync($"/api/tickets/{ticket}")).GetProperty("status").GetString()!;

    /// <summary>The status of the ticket's security-incident instance.</summary>
    public async Task<string?> ProcedureStatusAsync(string ticket)
    {
        await using var db = Db();
        return await db.WorkflowInstances.Where(i => i.CorrelationId == ticket && i.DefinitionId == "security-incident").Select(i => i.Status).FirstOrDefaultAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var client in new[] { Admin, L1, L2, L3 })
            client?.Dispose();
        await Factory.DisposeAsync();
        await Smtp.DisposeAsync();
        await Connector.DisposeAsync();
        await Enrichment.DisposeAsync();
    }
}
