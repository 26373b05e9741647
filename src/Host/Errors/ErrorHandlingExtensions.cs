namespace IncidentWorkflows.Host.Errors;

public static class ErrorHandlingExtensions
{
    /// <summary>Every error answer is an RFC 9457 ProblemDetails document with a stable type, never a stack trace or an empty body.</summary>
    public static IServiceCollection AddErrorHandling(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            // Problems the framework makes (404 for an unknown path, 401 from a challenge) get the default RFC link; ours are more useful.
            if (problem.Type is null || !problem.Type.StartsWith(ProblemTypes.BaseUri, StringComparison.Ordinal))
                problem.Type = ProblemTypes.ForStatus(problem.Status ?? context.HttpContext.Response.StatusCode);
            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier);
        });
        services.AddExceptionHandler<ApiExceptionHandler>();

        // Unreadable bodies and parameters throw instead of answering an empty 400, so the handler can name the problem.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UseErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
