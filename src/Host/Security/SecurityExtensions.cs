using IncidentWorkflows.Host.Api;
using IncidentWorkflows.Host.Security.Artifacts;
using IncidentWorkflows.Host.Security.Containment;
using IncidentWorkflows.Host.Security.Evidence;
using IncidentWorkflows.Host.Security.Reports;
using IncidentWorkflows.Persistence.Outbox;

namespace IncidentWorkflows.Host.Security;

/// <summary>The security incident feature (process.md §7): report API, artifacts and evidence, enrichers, containment connectors.</summary>
public static class SecurityExtensions
{
    public const string Tag = "Security";

    public static WebApplicationBuilder AddSecurityIncidents(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSecurityPolicy();
        services.AddOptions<EnrichmentOptions>().Bind(builder.Configuration.GetSection(EnrichmentOptions.Section));
        services.AddOptions<ConnectorOptions>().Bind(builder.Configuration.GetSection(ConnectorOptions.Section));
        services.AddSingleton<IArtifactEnricher, InventoryEnricher>();
        services.AddHttpClient<HttpEnricher>();
        services.AddSingleton<IArtifactEnricher>(sp => sp.GetRequiredService<HttpEnricher>());
        services.AddHttpClient<WebhookConnector>();
        services.AddSingleton<IContainmentConnector>(sp => sp.GetRequiredService<WebhookConnector>());
        services.AddSingleton<IContainmentConnector, ScriptConnector>();
        services.AddSingleton<IOutboxHandler, ContainmentOutboxHandler>();
        return builder;
    }

    public static WebApplication MapSecurityEndpoints(this WebApplication app)
    {
        var reports = app.MapGroup("/api/security/reports/{number}").WithTags(Tag)
            .RequireAuthorization(SecurityAccess.Policy).ProducesProblems(401, 403, 404, 409);
        reports.MapGet("/", SecurityReportHandlers.GetAsync).WithName("GetSecurityReport")
            .WithSummary("The Security Incident Report of a security ticket (ISO groups and admins only).");
        reports.MapPut("/", SecurityReportHandlers.PutAsync).WithName("PutSecurityReport").ProducesProblems(400)
            .WithSummary("Opens the report or sets the template fields given, as a new revision; If-Match: \"N\" refuses a change made from an old revision.");
        reports.MapGet("/revisions", SecurityReportHandlers.RevisionsAsync).WithName("ListSecurityReportRevisions")
            .WithSummary("Every revision: author, time, fields changed, content after the change.");
        reports.MapGet("/export", SecurityReportHandlers.ExportAsync).WithName("ExportSecurityReport")
            .WithSummary("The report as Markdown, TLP label first and last.");
        reports.MapPost("/artifacts", ArtifactHandlers.ExtractAsync).WithName("ExtractSecurityArtifacts").ProducesProblems(400)
            .WithSummary("Extracts indicators (IPs, domains, URLs, e-mails, hashes, user and host names) from text, enriches and keeps them.");
        reports.MapGet("/artifacts", ArtifactHandlers.ListAsync).WithName("ListSecurityArtifacts");
        reports.MapPost("/evidence", EvidenceHandlers.AddAsync).WithName("AddSecurityEvidence").ProducesProblems(400)
            .WithSummary("Registers an evidence item by its SHA-256 (computed from contentBase64, or given); custody starts with 'collected'.");
        reports.MapGet("/evidence", EvidenceHandlers.ListAsync).WithName("ListSecurityEvidence");
        reports.MapPost("/evidence/{id}/custody", EvidenceHandlers.AddCustodyAsync).WithName("AddEvidenceCustody").ProducesProblems(400)
            .WithSummary("Appends to the chain of custody: collected, transferred (to), accessed, analyzed, copied, returned, disposed.");
        reports.MapGet("/containment", ContainmentHandlers.ListAsync).WithName("ListContainmentActions")
            .WithSummary("Containment actions with their connector results and lockdown state.");
        reports.MapPost("/containment/{id}/end-lockdown", ContainmentHandlers.EndLockdownAsync).WithName("EndLockdown")
            .WithSummary("Ends the lockdown an action put in place.");
        return app;
    }
}
