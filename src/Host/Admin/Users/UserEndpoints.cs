namespace IncidentWorkflows.Host.Admin.Users;

public static class UserEndpoints
{
    public static RouteGroupBuilder MapUserEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users");
        group.MapGet("/", UserHandlers.ListAsync)
            .WithName("ListUsers")
            .WithSummary("Every user with roles, lockout state and whether a password change is pending.");
        group.MapGet("/{id}", UserHandlers.GetAsync)
            .WithName("GetUser")
            .WithSummary("One user.");
        group.MapPost("/", CreateUser.HandleAsync)
            .WithName("CreateUser")
            .WithSummary("Creates a user. Without a password the server generates one, returns it once, and the user must change it at first sign-in.");
        group.MapPut("/{id}/roles", SetUserRoles.HandleAsync)
            .WithName("SetUserRoles")
            .WithSummary("Replaces the user's roles. The user's sessions end; the new roles apply from the next sign-in.");
        group.MapGet("/{id}/groups", SetUserGroups.GetAsync)
            .WithName("GetUserGroups")
            .WithSummary("The user's group memberships (the inbox offers a group's tasks to its members).");
        group.MapPut("/{id}/groups", SetUserGroups.HandleAsync)
            .WithName("SetUserGroups")
            .WithSummary("Replaces the user's group memberships. The user's sessions end; the new groups apply from the next sign-in.");
        group.MapDelete("/{id}", DeleteUser.HandleAsync)
            .WithName("DeleteUser")
            .WithSummary("Deletes a user; their sessions end at once. Not yourself, and not the last administrator (409).");
        return api;
    }
}
