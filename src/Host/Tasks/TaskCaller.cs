using System.Security.Claims;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Persistence.HumanTasks;

namespace IncidentWorkflows.Host.Tasks;

/// <summary>
/// Who calls the inbox: a user name, the groups they belong to (<c>group</c> claims, set by administrators, plus their
/// roles, since a role is a group here) and whether they manage the inbox as a whole (admins, service managers, process owners).
/// </summary>
public sealed record TaskCaller(string Name, IReadOnlySet<string> Groups, IReadOnlySet<string> Roles, bool IsManager)
{
    public const string GroupClaim = "group";

    public static readonly string[] ManagerRoles = [Auth.Roles.Admin, Auth.Roles.ServiceManager, Auth.Roles.ProcessOwner];

    public static TaskCaller From(ClaimsPrincipal user)
    {
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var groups = user.FindAll(GroupClaim).Select(c => c.Value).Concat(roles).ToHashSet(StringComparer.Ordinal);
        var name = user.Identity?.Name ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";
        return new TaskCaller(name, groups, roles, ManagerRoles.Any(roles.Contains));
    }

    public bool IsAssignee(HumanTaskRecord task) => string.Equals(task.Assignee, Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>A task without group, role or assignee is open to all staff; otherwise its group or role decides.</summary>
    public bool IsCandidate(HumanTaskRecord task) =>
        (task.CandidateGroup is null && task.CandidateRole is null && task.Assignee is null)
        || (task.CandidateGroup is { } group && Groups.Contains(group))
        || (task.CandidateRole is { } role && Roles.Contains(role));

    public bool MaySee(HumanTaskRecord task) =>
        IsManager || IsAssignee(task) || IsCandidate(task) || string.Equals(task.CompletedBy, Name, StringComparison.OrdinalIgnoreCase);
}
