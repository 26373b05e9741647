using System.Security.Claims;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Host.Tasks;

namespace IncidentWorkflows.Host.Security;

/// <summary>
/// Who may see security detail (process.md §1, §7): the ISO groups (the iso-l1/l2/l3 roles, or the security support
/// groups as <c>group</c> claims) and administrators. Everyone else, service managers and process owners included, gets 403
/// on Security Incident Reports and on the tasks of the security procedure.
/// </summary>
public static class SecurityAccess
{
    public const string Policy = "security-officer";

    public static readonly string[] IsoGroups = [.. Roles.SecurityOfficers, "l1-security", "l2-security", "l3-security"];

    public static bool IsSecurityOfficer(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Admin)
        || IsoGroups.Any(user.IsInRole)
        || user.FindAll(TaskCaller.GroupClaim).Any(c => IsoGroups.Contains(c.Value, StringComparer.Ordinal));

    /// <summary>A task offered to an ISO group or role belongs to the security procedure.</summary>
    public static bool IsSecurityTask(string? candidateGroup, string? candidateRole) =>
        (candidateGroup is not null && IsoGroups.Contains(candidateGroup, StringComparer.Ordinal))
        || (candidateRole is not null && IsoGroups.Contains(candidateRole, StringComparer.Ordinal));

    public static IServiceCollection AddSecurityPolicy(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireAuthenticatedUser().RequireAssertion(c => IsSecurityOfficer(c.User)));
        return services;
    }
}
