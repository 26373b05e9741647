using IncidentWorkflows.Host.Auth;

namespace IncidentWorkflows.Host.Admin;

/// <summary>Checks role lists in requests against the known roles; names are exact (lower-case, as <c>GET /api/roles</c> lists them).</summary>
public static class RoleNames
{
    /// <summary>The distinct roles asked for, adding a violation of <c>field</c> for each unknown name (and for none, when required).</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<string>? roles, Violations violations, bool required, string field = "roles")
    {
        if (roles is null || roles.Count == 0)
        {
            if (required)
                violations.Add(field, "required", "Give at least one role.");
            return [];
        }

        foreach (var unknown in roles.Where(r => !Roles.IsKnown(r ?? "")).Distinct())
            violations.Add(field, "unknown-role", $"'{unknown}' is not a role. Known roles: {string.Join(", ", Roles.All)}.");
        return roles.Where(r => r is not null && Roles.IsKnown(r)).Distinct(StringComparer.Ordinal).ToList();
    }
}
