using System.Security.Claims;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Entities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace IncidentWorkflows.Host.Admin.Users;

internal static class DeleteUser
{
    public static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        string id, ClaimsPrincipal caller, UserManager<AppUser> users, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        if (string.Equals(caller.FindFirstValue(ClaimTypes.NameIdentifier), id, StringComparison.Ordinal))
            return AdminProblems.Conflict("cannot-delete-self", "You cannot delete yourself", "Another administrator has to delete this account.");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return AdminProblems.NotFound("user", id);
        if (await LastAdminGuard.CheckAsync(users, user, "delete this one") is { } lastAdmin)
            return lastAdmin;

        // The account row goes, so UserSessionMiddleware rejects the user's cookies and tokens from the next request.
        IdentityViolations.ThrowIfFailed(await users.DeleteAsync(user), "delete the user");
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
