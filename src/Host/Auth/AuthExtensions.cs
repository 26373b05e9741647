using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncidentWorkflows.Host.Auth;

public static class AuthExtensions
{
    /// <summary>The scheme that picks one of the real ones per request.</summary>
    public const string SelectorScheme = "Selector";

    /// <summary>
    /// ASP.NET Core Identity on the product's DbContext: a bearer token for API clients and a cookie for the browser,
    /// both issued by <c>/api/auth/login</c>; API keys for integrations. Every endpoint requires an authenticated
    /// caller unless it opts out.
    /// </summary>
    public static WebApplicationBuilder AddAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<BootstrapOptions>(builder.Configuration.GetSection(BootstrapOptions.Section));
        services.Configure<AuthOptions>(builder.Configuration.GetSection(AuthOptions.Section));
        services.TryAddSingleton(new SecretConsole(Console.Out));
        services.AddSingleton<AdminBootstrapper>();
        services.AddSingleton<ApiKeyLookup>();

        services.AddIdentityApiEndpoints<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddUserManager<AppUserManager>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WorkflowDbContext>();

        // After Identity: AddIdentityApiEndpoints makes its bearer+cookie scheme the default, which would leave API keys
        // unread. Registered later, the selector is the default and picks one of the three per request.
        services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, "API key, bearer token or cookie", o => o.ForwardDefaultSelector = SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.ConfigureApplicationCookie(o =>
        {
            // An API answers 401/403, it does not redirect to a login page.
            o.Events.OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization(Policies.Configure);
        return builder;
    }

    public static WebApplication UseAuth(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<UserSessionMiddleware>();
        app.UseAuthorization();
        return app;
    }

    private static string SelectScheme(HttpContext context)
    {
        if (context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName))
            return ApiKeyAuthenticationHandler.SchemeName;
        var authorization = context.Request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? IdentityConstants.BearerScheme
            : IdentityConstants.ApplicationScheme;
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
