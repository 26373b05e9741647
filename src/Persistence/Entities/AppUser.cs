using Microsoft.AspNetCore.Identity;

namespace IncidentWorkflows.Persistence.Entities;

/// <summary>A person who signs in: engineers, process owners, requesters, administrators.</summary>
public sealed class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }

    /// <summary>Set for a bootstrap admin whose one-time password must be changed at first sign-in.</summary>
    public bool MustChangePassword { get; set; }
}
