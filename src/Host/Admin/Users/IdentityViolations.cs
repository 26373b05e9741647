using Microsoft.AspNetCore.Identity;

namespace IncidentWorkflows.Host.Admin.Users;

/// <summary>Identity's error codes, as request fields and our rule names.</summary>
internal static class IdentityViolations
{
    public static Violations From(IdentityResult result)
    {
        var violations = new Violations();
        foreach (var error in result.Errors)
        {
            var (field, rule) = error.Code switch
            {
                "DuplicateEmail" or "DuplicateUserName" => ("email", "duplicate-email"),
                "InvalidEmail" or "InvalidUserName" => ("email", "invalid-email"),
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => ("password", "weak-password"),
                _ => ("user", "invalid-user"),
            };
            violations.Add(field, rule, error.Description);
        }

        return violations;
    }

    /// <summary>For steps the request was already checked for, where a failure is a fault, not the caller's mistake.</summary>
    public static void ThrowIfFailed(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
