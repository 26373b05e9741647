using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Persistence.Entities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace IncidentWorkflows.Host.Admin.Users;

/// <summary>Nobody could manage users or keys any more without an administrator, so the last one stays.</summary>
internal static class LastAdminGuard
{
    public static async Task<ProblemHttpResult?> CheckAsync(UserManager<AppUser> users, AppUser user, string change)
    {
        if (!await users.IsInRoleAsync(user, Roles.Admin) || (await users.GetUsersInRoleAsync(Roles.Admin)).Count > 1)
            return null;
        return AdminProblems.Conflict("last-admin", "The last administrator stays",
            $"{user.Email} is the only administrator; make another user an administrator before you {change}.");
    }
}
