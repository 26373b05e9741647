using IncidentWorkflows.Persistence.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IncidentWorkflows.Host.Auth;

/// <summary>
/// Creates the roles, and the first administrator when there is no user yet. There is never a fixed default
/// password: it comes from configuration (automation) or is generated and printed once to the console.
/// </summary>
public sealed class AdminBootstrapper(
    IServiceScopeFactory scopes,
    IOptions<BootstrapOptions> options,
    SecretConsole console,
    ILogger<AdminBootstrapper> logger)
{
    public async Task EnsureAdminAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (users.Users.Any())
            return;

        var settings = options.Value;
        var generated = string.IsNullOrEmpty(settings.AdminPassword);
        var password = generated ? PasswordGenerator.New() : settings.AdminPassword!;
        // A printed password may have been seen by others (terminal scroll-back, CI logs): it only opens the password
        // change. A configured one belongs to automation, which keeps it in its own secret store.
        var admin = new AppUser { UserName = settings.AdminEmail, Email = settings.AdminEmail, EmailConfirmed = true, DisplayName = "Administrator", MustChangePassword = generated };
        Check(await users.CreateAsync(admin, password), "create the first administrator");
        Check(await users.AddToRoleAsync(admin, Roles.Admin), "make the first user an administrator");

        if (generated)
        {
            await console.Writer.WriteLineAsync($"""

                First start: administrator {settings.AdminEmail} created with the one-time password
                    {password}
                Sign in with it and change it (POST /api/auth/manage/info); until then the API answers 403. It is not shown again.

                """);
            await console.Writer.FlushAsync(cancellationToken);
        }

        logger.LogInformation("Created the first administrator {Email} ({Source} password)", settings.AdminEmail, generated ? "one-time" : "configured");
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
