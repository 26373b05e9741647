using IncidentWorkflows.Persistence.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace IncidentWorkflows.Host.Auth;

public static class AuthEndpoints
{
    /// <summary>
    /// Identity's endpoints under <c>/api/auth</c> (login giving a token, or a cookie with <c>?useCookies=true</c>;
    /// refresh; register; manage), plus logout and <c>me</c>.
    /// </summary>
    public static WebApplication MapAuthEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Authentication");
        var identity = group.MapIdentityApi<AppUser>();
        identity.AddEndpointFilterFactory(SelfRegistration.Filter);
        // Sign-in, register and refresh must be reachable without a caller, but not the manage endpoints, which
        // require one: a blanket AllowAnonymous would override their RequireAuthorization (404 instead of 401).
        identity.Finally(endpoint =>
        {
            if (!endpoint.Metadata.OfType<IAuthorizeData>().Any())
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
        });

        group.MapPost("/logout", LogoutAsync)
            .RequireAuthorization()
            .WithSummary("Ends every session of the account: its cookies and bearer tokens stop working at once.");
        group.MapGet("/me", Me)
            .RequireAuthorization()
            .WithSummary("Who is calling: id, name, roles, how they authenticated and whether the password must be changed first.");
        return app;
    }

    private static async Task<NoContent> LogoutAsync(HttpContext context, SignInManager<AppUser> signIn)
    {
        // Cookies and tokens are self-contained; rotating the security stamp is what makes copies of them useless
        // (UserSessionMiddleware compares it on every request). An API key caller has no account to rotate.
        if (await signIn.UserManager.GetUserAsync(context.User) is { } user)
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static Ok<CurrentUser> Me(HttpContext context) =>
        TypedResults.Ok(CurrentUser.From(context.User, context.Features.Get<AccountStatus>()?.MustChangePassword ?? false));
}
