using System.Security.Claims;
using System.Text.RegularExpressions;
using IncidentWorkflows.Host.Tasks;
using IncidentWorkflows.Persistence.Entities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace IncidentWorkflows.Host.Admin.Users;

public sealed record SetGroupsRequest(IReadOnlyList<string>? Groups);

public sealed record UserGroups(string Id, IReadOnlyList<string> Groups);

/// <summary>
/// Group memberships (support groups such as <c>l1-platform</c>, boards such as <c>change-board</c>) are Identity claims of
/// type <c>group</c>: sign-in copies them into cookies and tokens beside the roles, and the inbox offers a group's tasks to
/// its members. Like a role change, a membership change ends the user's sessions so the next sign-in carries it.
/// </summary>
internal static partial class SetUserGroups
{
    public static async Task<Results<Ok<UserGroups>, ValidationProblem, ProblemHttpResult>> GetAsync(string id, UserManager<AppUser> users)
    {
        var user = await users.FindByIdAsync(id);
        return user is null ? AdminProblems.NotFound("user", id) : TypedResults.Ok(new UserGroups(id, await GroupsOfAsync(users, user)));
    }

    public static async Task<Results<Ok<UserGroups>, ValidationProblem, ProblemHttpResult>> HandleAsync(string id, SetGroupsRequest request, UserManager<AppUser> users)
    {
        var violations = new Violations();
        if (request.Groups is null)
            violations.Add("groups", "required", "Give the complete list of groups (an empty list removes every membership).");
        foreach (var bad in (request.Groups ?? []).Where(g => !GroupName().IsMatch(g ?? "")))
            violations.Add("groups", "invalid-group", $"'{bad}' is not a group name: lower-case letters, digits and '-', up to 100 characters.");
        if (violations.Any)
            return violations.ToProblem();

        var user = await users.FindByIdAsync(id);
        if (user is null)
            return AdminProblems.NotFound("user", id);
        var wanted = request.Groups!.Distinct(StringComparer.Ordinal).ToList();
        var current = (await users.GetClaimsAsync(user)).Where(c => c.Type == TaskCaller.GroupClaim).ToList();
        var removed = current.Where(c => !wanted.Contains(c.Value)).ToList();
        var added = wanted.Where(g => !current.Exists(c => c.Value == g)).Select(g => new Claim(TaskCaller.GroupClaim, g)).ToList();
        if (removed.Count > 0)
            IdentityViolations.ThrowIfFailed(await users.RemoveClaimsAsync(user, removed), "remove groups");
        if (added.Count > 0)
            IdentityViolations.ThrowIfFailed(await users.AddClaimsAsync(user, added), "add groups");
        if (removed.Count > 0 || added.Count > 0)
            IdentityViolations.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "end the user's sessions");
        return TypedResults.Ok(new UserGroups(id, await GroupsOfAsync(users, user)));
    }

    private static async Task<IReadOnlyList<string>> GroupsOfAsync(UserManager<AppUser> users, AppUser user) =>
        (await users.GetClaimsAsync(user)).Where(c => c.Type == TaskCaller.GroupClaim).Select(c => c.Value).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}$")]
    private static partial Regex GroupName();
}
