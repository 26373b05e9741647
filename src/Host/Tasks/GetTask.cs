using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Tasks;

internal static class GetTask
{
    public static async Task<Ok<TaskDetails>> HandleAsync(string id, ClaimsPrincipal user, TaskStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(TaskDetails.For(await store.GetAsync(id, TaskCaller.From(user), cancellationToken)));
}
