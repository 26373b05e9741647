using System.Security.Cryptography;
using System.Text;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Persistence.Alerts.Integrations;

namespace IncidentWorkflows.Host.Alerts.Delivery;

/// <summary>
/// Whether a request carries one of the integration's active keys: <c>Authorization: Bearer KEY</c> (what Alertmanager's
/// and Grafana's credentials send) or <c>X-Api-Key: KEY</c>. Keys are compared by their SHA-256, in constant time.
/// </summary>
public static class IntegrationKeyCheck
{
    public static bool Accepts(HttpRequest request, IntegrationAccess access)
    {
        if (PresentedKey(request) is not { Length: > 0 } key)
            return false;
        var hash = Encoding.ASCII.GetBytes(ApiKeyHasher.Hash(key));
        var accepted = false;
        // Every active key is compared, so the time taken does not tell which one (or whether any) came close.
        foreach (var known in access.KeyHashes)
            accepted |= CryptographicOperations.FixedTimeEquals(hash, Encoding.ASCII.GetBytes(known));
        return accepted;
    }

    private static string? PresentedKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return authorization["Bearer ".Length..].Trim();
        var header = request.Headers[ApiKeyAuthenticationHandler.HeaderName];
        return header.Count == 1 ? header[0]?.Trim() : null;
    }
}
