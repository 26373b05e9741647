using System.Security.Cryptography;
using IncidentWorkflows.Persistence.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IncidentWorkflows.Host.Auth;

/// <summary>
/// Creates the roles, and the first administrator when there is no user yet. There is never a fixed default
/// password: it comes from configuration (automation) or is generated and printed once to the console.
/// </summary>
public sealed class AdminBootstrapper(IServiceScopeFactory scopes, IOptions<BootstrapOptions> options, ILogger<AdminBootstrapper> logger)
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
        var password = generated ? GeneratePassword() : settings.AdminPassword!;
        var admin = new AppUser { UserName = settings.AdminEmail, Email = settings.AdminEmail, EmailConfirmed = true, DisplayName = "Administrator", MustChangePassword = generated };
        Check(await users.CreateAsync(admin, password), "create the first administrator");
        Check(await users.AddToRoleAsync(admin, Roles.Admin), "make the first user an administrator");

        if (generated)
        {
            // Printed once, to the console only (never to the log file): whoever started the host reads it.
            await Console.Out.WriteLineAsync($"""

                First start: administrator {settings.AdminEmail} created with the one-time password
                    {password}
                Sign in and change it (POST /api/auth/manage/info). It is not shown again.

                """);
        }

        logger.LogInformation("Created the first administrator {Email}", settings.AdminEmail);
    }

    /// <summary>Long, random, and meeting Identity's default rules (upper, lower, digit, symbol).</summary>
    private static string GeneratePassword() => "Iw!" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y') + "9a";

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
