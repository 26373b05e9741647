using System.Security.Claims;
using IncidentWorkflows.Host.Api;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Host.Tickets.Requests;
using IncidentWorkflows.Persistence.ProcessConfiguration;
using IncidentWorkflows.Persistence.ProcessConfiguration.Documents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Configuration;

/// <summary>
/// The process owner's configuration of the incident process, one document per path: GET for staff (categories for
/// everyone signed in, since requesters choose one when reporting), PUT (the whole document, validated with the others it
/// refers to) for process owners. A refused document is a 400 whose <c>issues</c> name every problem by path.
/// </summary>
public static class ConfigurationEndpoints
{
    public const string Tag = "Process configuration";

    public static WebApplication MapProcessConfigurationEndpoints(this WebApplication app)
    {
        var everyone = app.MapGroup("/api").WithTags(Tag).RequireAuthorization(Policies.Authenticated).ProducesProblems(401);
        var staff = app.MapGroup("/api").WithTags(Tag).RequireAuthorization(Policies.Staff).ProducesProblems(401, 403);
        var owners = app.MapGroup("/api").WithTags(Tag).RequireAuthorization(Policies.ProcessOwner).ProducesProblems(400, 401, 403, 409);

        Map<CategoryDocument>(everyone, owners, ConfigurationKinds.Categories, "Categories",
            "The category tree (categories with subcategories; security categories follow the security procedure).");
        Map<RoutingRuleDocument>(staff, owners, ConfigurationKinds.RoutingRules, "RoutingRules",
            "Which group handles a category at each support level; every category needs an L1 group (a catch-all rule has no category).");
        Map<SlaPolicyDocument>(staff, owners, ConfigurationKinds.SlaPolicies, "SlaPolicies",
            "SLA policies: scope (most specific wins) and targets in working time of a calendar; every ticket must find one.");
        Map<CalendarDocument>(staff, owners, ConfigurationKinds.Calendars, "Calendars",
            "Business calendars: 24×7 or working periods on working days minus holidays, in an IANA time zone.");
        Map<EscalationEntryDocument>(staff, owners, ConfigurationKinds.EscalationMatrix, "EscalationMatrix",
            "Who is informed for a category × severity at a support level (the most specific entry decides).");
        return app;
    }

    private static void Map<T>(RouteGroupBuilder readers, RouteGroupBuilder writers, string kind, string name, string summary)
    {
        readers.MapGet($"/{kind}", (ProcessConfigurationStore store, CancellationToken cancellationToken) => GetAsync<T>(store, kind, cancellationToken))
            .WithName($"Get{name}").WithSummary(summary);
        writers.MapPut($"/{kind}", (ConfigurationUpdate<T> body, ClaimsPrincipal user, ProcessConfigurationStore store, CancellationToken cancellationToken) =>
                PutAsync(body, user, store, kind, cancellationToken))
            .WithName($"Put{name}").WithSummary($"Replaces the whole document. {summary}");
    }

    private static async Task<Ok<ConfigurationVersion<T>>> GetAsync<T>(ProcessConfigurationStore store, string kind, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.GetAsync<T>(kind, cancellationToken));

    private static async Task<Ok<ConfigurationVersion<T>>> PutAsync<T>(
        ConfigurationUpdate<T> body, ClaimsPrincipal user, ProcessConfigurationStore store, string kind, CancellationToken cancellationToken)
    {
        new RequestChecks().Require("items", body.Items, $"Send the whole {kind} document as items: [...].").ThrowIfAny();
        var by = user.Identity?.Name ?? "unknown";
        return TypedResults.Ok(await store.SaveAsync(kind, body.Items!, body.Version, by, cancellationToken));
    }
}
