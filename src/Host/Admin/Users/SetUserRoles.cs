using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Entities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace IncidentWorkflows.Host.Admin.Users;

internal static class SetUserRoles
{
    public static async Task<Results<Ok<UserSummary>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string id, SetRolesRequest request, UserManager<AppUser> users, WorkflowDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var violations = new Violations();
        if (request.Roles is null)
            violations.Add("roles", "required", "Give the complete list of roles (an empty list removes every role).");
        var wanted = RoleNames.Check(request.Roles, violations, required: false);
        if (violations.Any)
            return violations.ToProblem();

        // Immediate transaction (SQLite) so the last-administrator check and the change cannot interleave with another.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return AdminProblems.NotFound("user", id);
        var current = await users.GetRolesAsync(user);
        if (!wanted.Contains(Roles.Admin) && await LastAdminGuard.CheckAsync(users, user, "take the role away") is { } lastAdmin)
            return lastAdmin;

        var removed = current.Except(wanted).ToList();
        var added = wanted.Except(current).ToList();
        if (removed.Count > 0)
            IdentityViolations.ThrowIfFailed(await users.RemoveFromRolesAsync(user, removed), "remove roles");
        if (added.Count > 0)
            IdentityViolations.ThrowIfFailed(await users.AddToRolesAsync(user, added), "add roles");
        // Roles travel inside cookies and tokens: ending the sessions makes the next sign-in carry the new ones,
        // and a role taken away stops working now rather than when a token expires.
        if (removed.Count > 0 || added.Count > 0)
            IdentityViolations.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "end the user's sessions");
        await transaction.CommitAsync(cancellationToken);

        return TypedResults.Ok(UserDirectory.Summarize(user, wanted, time.GetUtcNow()));
    }
}
