using IncidentWorkflows.Activities.Lifecycle;
using IncidentWorkflows.Host.Alerts.Delivery;
using IncidentWorkflows.Host.Alerts.Integrations;
using IncidentWorkflows.Host.Alerts.Parsing;
using IncidentWorkflows.Host.Api;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Persistence.Alerts.Intake;
using Microsoft.Extensions.Options;

namespace IncidentWorkflows.Host.Alerts;

/// <summary>
/// Monitoring intake: <c>POST /api/alerts/{integration}</c> for the monitoring systems (their integration key, not a
/// user), and <c>/api/integrations</c> for administrators to configure them.
/// </summary>
public static class AlertEndpoints
{
    public static IServiceCollection AddAlertIntake(this IServiceCollection services)
    {
        foreach (var parser in new IAlertParser[] { new AlertmanagerParser(), new GrafanaParser(), new PagerDutyParser(), new ZabbixParser(), new DatadogParser(), new GenericParser() })
            services.AddSingleton(parser);
        services.AddSingleton<AlertParsers>();
        services.AddSingleton<DeliveryRateLimiter>();
        services.AddSingleton<SignatureReplayGuard>();
        services.AddSingleton<SignatureCheck>();
        // A new incident runs the lifecycle workflow unless its route names another.
        services.AddOptions<AlertIntakeOptions>().Configure<IOptions<IncidentLifecycleOptions>>((intake, lifecycle) => intake.DefaultWorkflow = lifecycle.Value.LifecycleWorkflow);
        return services;
    }

    public static WebApplication MapAlertEndpoints(this WebApplication app)
    {
        app.MapPost("/api/alerts/{integration}", ReceiveAlert.HandleAsync).WithTags("Alerts").WithName("ReceiveAlert")
            .AllowAnonymous().DisableAntiforgery().ProducesProblems(400, 401, 409, 413, 429)
            .WithSummary("Takes a monitoring system's webhook (the integration's source format) and answers 202 once its alerts, tickets, dedup identities and workflow starts are committed.");

        var group = app.MapGroup("/api/integrations").WithTags("Integrations").RequireAuthorization(Policies.Admin).ProducesProblems(401, 403);
        group.MapGet("/", IntegrationHandlers.ListAsync).WithName("ListIntegrations").WithSummary("Every integration with its settings and keys (never a key or secret).");
        group.MapGet("/{name}", IntegrationHandlers.GetAsync).WithName("GetIntegration").ProducesProblems(404).WithSummary("One integration.");
        group.MapPost("/", IntegrationHandlers.CreateAsync).WithName("CreateIntegration").ProducesProblems(400, 409)
            .WithSummary("Creates an integration and its first key; the key is in this answer only.");
        group.MapPut("/{name}", IntegrationHandlers.UpdateAsync).WithName("UpdateIntegration").ProducesProblems(400, 404, 409)
            .WithSummary("Replaces an integration's name, source, owner, settings and (when given) signing secret.");
        group.MapDelete("/{name}", IntegrationHandlers.DeleteAsync).WithName("DeleteIntegration").ProducesProblems(404).WithSummary("Deletes an integration and its keys; its alerts stay.");
        group.MapPost("/{name}/keys", IntegrationHandlers.AddKeyAsync).WithName("AddIntegrationKey").ProducesProblems(404, 409)
            .WithSummary("Adds a key for rotation (at most two active); the key is in this answer only.");
        group.MapPost("/{name}/keys/{keyId}/revoke", IntegrationHandlers.RevokeKeyAsync).WithName("RevokeIntegrationKey").ProducesProblems(404)
            .WithSummary("Revokes a key; deliveries with it are refused from the next request.");
        return app;
    }
}
