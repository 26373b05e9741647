using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Activities.Http;
using IncidentWorkflows.Engine.Expressions;
using IncidentWorkflows.Persistence.Definitions;
using Microsoft.AspNetCore.Authorization;

namespace IncidentWorkflows.Host.HttpTriggers;

/// <summary>
/// Applies an endpoint activity's <c>authorize</c> and <c>policy</c> inputs. Endpoints are anonymous by default, as in
/// Elsa; with <c>authorize</c> the caller must be signed in (any of the API's schemes) and satisfy <c>policy</c> when one is named.
/// </summary>
public sealed class HttpEndpointAccess(DefinitionCatalog catalog, IAuthorizationService authorization, IAuthorizationPolicyProvider policies)
{
    /// <summary>Null when the caller may proceed; otherwise the 401 or 403 to answer.</summary>
    public async Task<IResult?> CheckAsync(HttpContext http, IEnumerable<HttpTarget> targets)
    {
        foreach (var target in targets.Distinct())
        {
            var (authorize, policyName) = SettingsOf(target);
            if (!authorize)
                continue;
            if (http.User.Identity?.IsAuthenticated != true)
                return TypedResults.Challenge();
            if (string.IsNullOrWhiteSpace(policyName))
                continue;
            // An unknown policy name denies rather than fails: a typo in a workflow must not open the endpoint.
            var policy = await policies.GetPolicyAsync(policyName);
            if (policy is null || !(await authorization.AuthorizeAsync(http.User, policy)).Succeeded)
                return TypedResults.Forbid();
        }

        return null;
    }

    private (bool Authorize, string? Policy) SettingsOf(HttpTarget target)
    {
        if (catalog.FindVersion(target.VersionId) is not { } definition)
            return (false, null);
        var endpoint = catalog.Compile(definition).Activities.OfType<HttpEndpoint>().FirstOrDefault(a => a.Id == target.ActivityId);
        return endpoint is null ? (false, null) : (IsOn(endpoint.Authorize), Constant(endpoint.Policy) as string);
    }

    /// <summary>Only literal settings are known before the workflow runs; a computed <c>authorize</c> is treated as on (fail closed).</summary>
    private static bool IsOn(Input<bool> input) => input.Expression switch
    {
        null => input.Default,
        ConstantExpression { Value: bool on } => on,
        ConstantExpression { Value: string text } => bool.TryParse(text, out var on) && on,
        ConstantExpression { Value: null } => false,
        _ => true,
    };

    private static object? Constant(InputBase input) => input.Expression is ConstantExpression constant ? constant.Value : null;
}
