using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Entities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace IncidentWorkflows.Host.Admin.Users;

internal static class CreateUser
{
    private const int MaxDisplayNameLength = 200;

    public static async Task<Results<Created<UserCreated>, ValidationProblem>> HandleAsync(
        CreateUserRequest request, UserManager<AppUser> users, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var violations = new Violations();
        var email = request.Email?.Trim() ?? "";
        if (email.Length == 0)
            violations.Add("email", "required", "An email address is required; it is also the sign-in name.");
        var displayName = string.IsNullOrWhiteSpace(request.DisplayName) ? null : request.DisplayName.Trim();
        if (displayName?.Length > MaxDisplayNameLength)
            violations.Add("displayName", "too-long", $"A display name has at most {MaxDisplayNameLength} characters.");
        var roles = RoleNames.Check(request.Roles, violations, required: false);
        if (!violations.Has("email") && await users.FindByEmailAsync(email) is not null)
            violations.Add("email", "duplicate-email", $"A user with the email '{email}' exists.");
        if (violations.Any)
            return violations.ToProblem();

        // A generated password was seen by the administrator, so only the user's own choice may stay.
        var generated = string.IsNullOrEmpty(request.Password);
        var password = generated ? PasswordGenerator.New() : request.Password!;
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, MustChangePassword = generated };

        // One transaction: a user is never left behind without the roles asked for.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
            return IdentityViolations.From(created).ToProblem();
        if (roles.Count > 0)
            IdentityViolations.ThrowIfFailed(await users.AddToRolesAsync(user, roles), "assign the roles");
        await transaction.CommitAsync(cancellationToken);

        var body = new UserCreated(user.Id, email, displayName, roles.Order(StringComparer.Ordinal).ToList(), generated, generated ? password : null);
        return TypedResults.Created($"/api/users/{user.Id}", body);
    }
}
