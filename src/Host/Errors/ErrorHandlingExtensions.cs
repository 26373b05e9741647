namespace IncidentWorkflows.Host.Errors;

public static class ErrorHandlingExtensions
{
    /// <summary>Every error answer is an RFC 9457 ProblemDetails document, never a stack trace or an empty body.</summary>
    public static IServiceCollection AddErrorHandling(this IServiceCollection services)
    {
        services.AddProblemDetails();
        return services;
    }

    public static WebApplication UseErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
