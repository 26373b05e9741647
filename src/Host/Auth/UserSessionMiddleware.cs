using System.Security.Claims;
using IncidentWorkflows.Host.Errors;
using IncidentWorkflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IncidentWorkflows.Host.Auth;

/// <summary>
/// Checks every request signed in as a person (cookie or bearer token) against the account as it is now. Cookies and
/// tokens are self-contained, so without this a deleted account, one whose roles were changed, or a session that
/// logged out would keep working until the token expires (an hour; a cookie's stamp is otherwise rechecked only every
/// 30 minutes). Logout, role changes, deletion and password changes rotate the account's security stamp, and a
/// principal carrying an old stamp is treated as anonymous. One indexed read per request; API keys are looked up by
/// their own handler already.
/// <para>It also holds an account with a one-time password to the password change: its calls under <c>/api</c>,
/// except <c>/api/auth</c>, answer 403 <c>password-change-required</c>.</para>
/// </summary>
public sealed class UserSessionMiddleware(
    RequestDelegate next,
    IDbContextFactory<WorkflowDbContext> contexts,
    IProblemDetailsService problems,
    IOptions<IdentityOptions> identity)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.Identity is not { IsAuthenticated: true } signedIn || signedIn.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName)
        {
            await next(context);
            return;
        }

        var status = await ReadAccountAsync(context.User, context.RequestAborted);
        if (status is null)
        {
            // Authorization then challenges (401) where a policy needs a caller; anonymous endpoints still work.
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            await next(context);
            return;
        }

        context.Features.Set(status);
        if (status.MustChangePassword && IsBlockedUntilPasswordChange(context.Request.Path))
        {
            await WritePasswordChangeRequiredAsync(context);
            return;
        }

        await next(context);
    }

    /// <summary>The account's state, or null when the account is gone or the principal's security stamp is outdated.</summary>
    private async Task<AccountStatus?> ReadAccountAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = user.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (id is null || stamp is null)
            return null;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new { u.SecurityStamp, u.MustChangePassword })
            .FirstOrDefaultAsync(cancellationToken);
        return account is not null && string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal)
            ? new AccountStatus(account.MustChangePassword)
            : null;
    }

    /// <summary>
    /// The API outside <c>/api/auth</c> (which holds sign-in, <c>me</c> and the password change). Other paths (the web
    /// app's files, health) stay reachable so the browser can load the page that asks for the new password.
    /// </summary>
    private static bool IsBlockedUntilPasswordChange(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !path.StartsWithSegments("/api/auth", StringComparison.OrdinalIgnoreCase);

    private Task WritePasswordChangeRequiredAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status403Forbidden,
                Type = ProblemTypes.Uri("password-change-required"),
                Title = "Password change required",
                Detail = "This account signed in with a one-time password. Change it (POST /api/auth/manage/info with oldPassword and newPassword), then sign in again.",
            },
        }).AsTask();
    }
}
