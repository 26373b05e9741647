using System.Text.RegularExpressions;
using IncidentWorkflows.Host.Tickets.Requests;
using IncidentWorkflows.Persistence.Alerts.Integrations;

namespace IncidentWorkflows.Host.Alerts.Integrations;

/// <summary>Checks an integration request whole; the answer names every field at fault (<c>settings.routes[1].matchers[0].op</c>).</summary>
public static partial class IntegrationChecks
{
    private static readonly TimeSpan MaxWindow = TimeSpan.FromDays(30);

    public static IntegrationDraft ToDraft(IntegrationRequest request, string? currentName = null)
    {
        var name = request.Name ?? currentName;
        var settings = request.Settings ?? new IntegrationSettings();
        var checks = new RequestChecks()
            .Require("name", name, "Name the integration (it becomes the path /api/alerts/NAME).")
            .Check(name is null || NamePattern().IsMatch(name), "name", RequestChecks.InvalidValue, "A name is lower-case letters, digits and dashes, starting with a letter or digit, at most 100 characters.")
            .Require("source", request.Source, "Say which source posts: Alertmanager, Grafana, PagerDuty, Zabbix, Datadog or Generic.")
            .Defined("source", request.Source)
            .Require("ownerTeam", request.OwnerTeam, "Name the team that owns the integration.")
            .MaxLength("ownerTeam", request.OwnerTeam, IntegrationLimits.Text)
            .Check(request.SigningSecret is null or "" || request.SigningSecret.Length is >= 16 and <= IntegrationLimits.Secret, "signingSecret", RequestChecks.InvalidValue, "A signing secret has 16 to 200 characters.");
        CheckSettings(checks, settings);
        checks.ThrowIfAny();
        return new IntegrationDraft(name!, request.Source!.Value, request.OwnerTeam!.Trim(), settings, request.SigningSecret);
    }

    private static void CheckSettings(RequestChecks checks, IntegrationSettings settings)
    {
        checks.Require("settings.category", settings.Category, "Name the category of the tickets this integration logs.")
            .Check(GroupingKey.Problem(settings.GroupBy) is null, "settings.groupBy", RequestChecks.InvalidValue, GroupingKey.Problem(settings.GroupBy) ?? "")
            .Check(settings.GroupWindow >= TimeSpan.Zero && settings.GroupWindow <= MaxWindow, "settings.groupWindow", RequestChecks.InvalidValue, "The group window is between 0 and 30 days.")
            .Check(settings.ReopenWindow >= TimeSpan.Zero && settings.ReopenWindow <= MaxWindow, "settings.reopenWindow", RequestChecks.InvalidValue, "The reopen window is between 0 and 30 days.")
            .Check(settings.RateLimitPerMinute >= 0, "settings.rateLimitPerMinute", RequestChecks.InvalidValue, "The rate limit is 0 (none) or more deliveries a minute.")
            .Check(settings.MaxBodyBytes is > 0 and <= IntegrationLimits.MaxBodyBytes, "settings.maxBodyBytes", RequestChecks.InvalidValue, $"The body limit is 1 to {IntegrationLimits.MaxBodyBytes} bytes.")
            .Check(settings.MaxStoredPayloadBytes is >= 0 and <= IntegrationLimits.MaxStoredPayloadBytes, "settings.maxStoredPayloadBytes", RequestChecks.InvalidValue, $"The stored payload is 0 to {IntegrationLimits.MaxStoredPayloadBytes} bytes.");
        for (var r = 0; r < settings.Routes.Count; r++)
        {
            var route = settings.Routes[r];
            var path = $"settings.routes[{r}]";
            checks.Defined($"{path}.severity", route.Severity).Defined($"{path}.priority", route.Priority);
            for (var m = 0; m < route.Matchers.Count; m++)
            {
                var problem = route.Matchers[m]?.Problem() ?? "A matcher is an object with label, op and value.";
                checks.Check(route.Matchers[m]?.Problem() is null, $"{path}.matchers[{m}]", RequestChecks.InvalidValue, problem);
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}$")]
    private static partial Regex NamePattern();
}
