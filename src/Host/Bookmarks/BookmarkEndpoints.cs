using IncidentWorkflows.Host.Api;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IncidentWorkflows.Host.Bookmarks;

/// <summary><c>/api/bookmarks/{id}/resume</c>: a bookmark is consumed exactly once; the losers of a race get 409 (or 404 once it is gone).</summary>
public static class BookmarkEndpoints
{
    public static WebApplication MapBookmarkEndpoints(this WebApplication app)
    {
        app.MapPost("/api/bookmarks/{id}/resume", Resume).WithName("ResumeBookmark").WithTags("Bookmarks")
            .RequireAuthorization(Policies.Runner).ProducesProblems(400, 401, 403, 404, 409)
            .WithSummary("Resumes the instance waiting on the bookmark with the given input and runs it until it finishes or waits again.");
        return app;
    }

    private static async Task<Ok<InstanceResult>> Resume(
        string id,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] ResumeRequest? body,
        WorkflowRuntime runtime,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await runtime.ResumeAsync(id, WorkflowInput.From(body?.Input), cancellationToken));
}
