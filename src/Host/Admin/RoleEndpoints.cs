using IncidentWorkflows.Host.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Admin;

public static class RoleEndpoints
{
    public static RouteGroupBuilder MapRoleEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/roles", List)
            .WithName("ListRoles")
            .WithTags("Users")
            .WithSummary("The role names users and API keys can be given, with what each may do.");
        return api;
    }

    private static Ok<List<RoleInfo>> List() =>
        TypedResults.Ok(Roles.All.Select(r => new RoleInfo(r, Roles.Descriptions[r])).ToList());
}

public sealed record RoleInfo(string Name, string Description);
