using IncidentWorkflows.Persistence.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IncidentWorkflows.Host.Auth;

/// <summary>
/// Identity's user manager, plus the one-time password rule: choosing a new password (Identity's
/// <c>/api/auth/manage/info</c> or a reset) lifts <see cref="AppUser.MustChangePassword"/>, and "changing" the
/// one-time password to itself does not.
/// </summary>
public sealed class AppUserManager(
    IUserStore<AppUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<AppUser> passwordHasher,
    IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AppUser>> logger)
    : UserManager<AppUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> ChangePasswordAsync(AppUser user, string currentPassword, string newPassword)
    {
        if (user.MustChangePassword && string.Equals(currentPassword, newPassword, StringComparison.Ordinal))
            return IdentityResult.Failed(new IdentityError { Code = "PasswordUnchanged", Description = "Choose a password other than the one-time password." });
        return await ClearMustChangeAsync(user, await base.ChangePasswordAsync(user, currentPassword, newPassword));
    }

    public override async Task<IdentityResult> ResetPasswordAsync(AppUser user, string token, string newPassword) =>
        await ClearMustChangeAsync(user, await base.ResetPasswordAsync(user, token, newPassword));

    private async Task<IdentityResult> ClearMustChangeAsync(AppUser user, IdentityResult changed)
    {
        if (!changed.Succeeded || !user.MustChangePassword)
            return changed;
        user.MustChangePassword = false;
        return await UpdateUserAsync(user);
    }
}
