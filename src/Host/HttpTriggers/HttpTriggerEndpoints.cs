using IncidentWorkflows.Engine.Activities.Http;
using IncidentWorkflows.Persistence.Runtime;

namespace IncidentWorkflows.Host.HttpTriggers;

/// <summary>
/// <c>/workflows/{path}</c>, every method: starts the published workflow whose <c>Elsa.HttpEndpoint</c> trigger has
/// this path and method, else resumes the instances waiting on such an endpoint, else 404. The answer is what the
/// workflow wrote with <c>Elsa.WriteHttpResponse</c>, or the instance JSON when it wrote nothing.
/// </summary>
public static class HttpTriggerEndpoints
{
    public const string Prefix = "/workflows";

    public static IServiceCollection AddHttpTriggers(this IServiceCollection services)
    {
        services.AddSingleton<HttpRouteFinder>();
        services.AddScoped<HttpEndpointAccess>();
        return services;
    }

    public static WebApplication MapHttpTriggerEndpoints(this WebApplication app)
    {
        // Anonymous at the routing level: each workflow's endpoint decides (HttpEndpointAccess), as in Elsa.
        app.Map(Prefix + "/{**path}", HandleAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, string? path, HttpRouteFinder finder, HttpEndpointAccess access, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        path = (path ?? "").Trim('/');
        var method = http.Request.Method.ToUpperInvariant();
        var match = await finder.FindAsync(path, method, cancellationToken) ?? throw NoEndpoint(method, path);
        if (await access.CheckAsync(http, match.Targets) is { } denied)
            return denied;

        var input = await HttpRequestInput.ReadAsync(http.Request, path, match.RouteValues, cancellationToken);
        var results = match.Triggers.Count > 0
            ? await StartAsync(runtime, match.Triggers, input, cancellationToken)
            : await runtime.ResumeByStimulusAsync(HttpEndpoint.StimulusName, match.Payload, null, input, cancellationToken);
        if (results.Count == 0)
            throw NoEndpoint(method, path);

        return results.FirstOrDefault(r => r.HttpResponse is not null)?.HttpResponse is { } response
            ? new WorkflowHttpResult(response)
            : TypedResults.Ok(results[0]);
    }

    private static async Task<List<InstanceResult>> StartAsync(WorkflowRuntime runtime, IReadOnlyList<HttpTarget> triggers, Dictionary<string, object?> input, CancellationToken cancellationToken)
    {
        var results = new List<InstanceResult>();
        foreach (var trigger in triggers)
        {
            var request = new StartWorkflowRequest(trigger.DefinitionId, TriggerActivityId: trigger.ActivityId, VersionId: trigger.VersionId, TriggerInput: input);
            results.Add(await runtime.StartAsync(request, cancellationToken));
        }

        return results;
    }

    private static NotFoundException NoEndpoint(string method, string path) =>
        new("http-endpoint-not-found", $"No workflow answers {method} {Prefix}/{path} (no published HTTP endpoint and no instance waiting on one).");
}
