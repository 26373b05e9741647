using IncidentWorkflows.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Admin.Users;

internal static class UserHandlers
{
    public static async Task<Ok<List<UserSummary>>> ListAsync(WorkflowDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Ok(await UserDirectory.ListAsync(db, id: null, time.GetUtcNow(), cancellationToken));

    public static async Task<Results<Ok<UserSummary>, ProblemHttpResult>> GetAsync(string id, WorkflowDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var found = await UserDirectory.ListAsync(db, id, time.GetUtcNow(), cancellationToken);
        return found.Count == 0 ? AdminProblems.NotFound("user", id) : TypedResults.Ok(found[0]);
    }
}
