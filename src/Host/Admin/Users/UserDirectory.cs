using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Host.Admin.Users;

/// <summary>Reads users with their roles in two queries, however many users there are (not one role query per user).</summary>
internal static class UserDirectory
{
    public static async Task<List<UserSummary>> ListAsync(WorkflowDbContext db, string? id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking()
            .Where(u => id == null || u.Id == id)
            .OrderBy(u => u.NormalizedEmail)
            .ToListAsync(cancellationToken);
        var memberships = await (
                from link in db.UserRoles
                join role in db.Roles on link.RoleId equals role.Id
                where id == null || link.UserId == id
                select new { link.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var roles = memberships.ToLookup(m => m.UserId, m => m.Name!);
        return users.Select(u => Summarize(u, roles[u.Id], now)).ToList();
    }

    public static UserSummary Summarize(AppUser user, IEnumerable<string> roles, DateTimeOffset now)
    {
        var lockedOut = user.LockoutEnabled && user.LockoutEnd > now;
        return new UserSummary(
            user.Id,
            user.Email ?? "",
            user.DisplayName,
            roles.Order(StringComparer.Ordinal).ToList(),
            user.MustChangePassword,
            new LockoutState(lockedOut, lockedOut ? user.LockoutEnd : null, user.AccessFailedCount));
    }
}
