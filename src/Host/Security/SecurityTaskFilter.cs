using IncidentWorkflows.Host.Errors;
using IncidentWorkflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Host.Security;

/// <summary>
/// Guards <c>/api/tasks/{id}</c> and its actions: a task of the security procedure (offered to an ISO group) is 403 for
/// anyone outside the ISO groups and admins, inbox managers included. Other tasks pass on to the inbox's own rules.
/// </summary>
internal sealed class SecurityTaskFilter(IDbContextFactory<WorkflowDbContext> contexts) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Request.RouteValues.TryGetValue("id", out var value) && value is string id && !SecurityAccess.IsSecurityOfficer(http.User))
        {
            await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
            var task = await db.HumanTasks.AsNoTracking().Where(t => t.Id == id)
                .Select(t => new { t.CandidateGroup, t.CandidateRole }).SingleOrDefaultAsync(http.RequestAborted);
            if (task is not null && SecurityAccess.IsSecurityTask(task.CandidateGroup, task.CandidateRole))
                return TypedResults.Problem(ApiExceptionHandler.Create(StatusCodes.Status403Forbidden, SecurityProblems.Restricted,
                    "This task belongs to the security incident procedure: only the ISO groups and administrators may see or act on it."));
        }

        return await next(context);
    }
}
