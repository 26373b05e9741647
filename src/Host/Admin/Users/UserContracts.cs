using System.Text.Json.Serialization;

namespace IncidentWorkflows.Host.Admin.Users;

public sealed record CreateUserRequest(string? Email, string? DisplayName, string? Password, IReadOnlyList<string>? Roles);

public sealed record SetRolesRequest(IReadOnlyList<string>? Roles);

/// <summary>Whether sign-in is locked after failed attempts (Identity locks for a while after 10), and the count so far.</summary>
public sealed record LockoutState(bool LockedOut, DateTimeOffset? Until, int FailedAttempts);

public sealed record UserSummary(string Id, string Email, string? DisplayName, IReadOnlyList<string> Roles, bool MustChangePassword, LockoutState Lockout);

/// <summary>
/// The answer to creating a user. <see cref="GeneratedPassword"/> is there only when the server chose the password,
/// and only in this answer; that account must change it at first sign-in.
/// </summary>
public sealed record UserCreated(
    string Id,
    string Email,
    string? DisplayName,
    IReadOnlyList<string> Roles,
    bool MustChangePassword,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? GeneratedPassword);
