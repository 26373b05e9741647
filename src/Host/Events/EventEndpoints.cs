using IncidentWorkflows.Host.Api;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IncidentWorkflows.Host.Events;

/// <summary><c>/api/events/{name}/trigger</c>: starts workflows whose trigger is the event and resumes instances waiting for it.</summary>
public static class EventEndpoints
{
    public static WebApplication MapEventEndpoints(this WebApplication app)
    {
        app.MapPost("/api/events/{name}/trigger", Trigger).WithName("TriggerEvent").WithTags("Events")
            .RequireAuthorization(Policies.Runner).ProducesProblems(400, 401, 403)
            .WithSummary("Triggers a named event; with a correlation id only that instance is resumed (and new instances get it).");
        return app;
    }

    private static async Task<Ok<EventResult>> Trigger(
        string name,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] TriggerEventRequest? body,
        WorkflowRuntime runtime,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await runtime.TriggerEventAsync(name, body?.CorrelationId, WorkflowInput.From(body?.Input), cancellationToken));
}
