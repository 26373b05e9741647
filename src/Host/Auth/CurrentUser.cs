using System.Security.Claims;

namespace IncidentWorkflows.Host.Auth;

/// <summary>Who is calling, as <c>/api/auth/me</c> reports it.</summary>
public sealed record CurrentUser(string Id, string Name, IReadOnlyList<string> Roles, string Via, bool MustChangePassword)
{
    public static CurrentUser From(ClaimsPrincipal user, bool mustChangePassword) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.Identity?.Name ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToList(),
        user.Identity?.AuthenticationType ?? "",
        mustChangePassword);
}
