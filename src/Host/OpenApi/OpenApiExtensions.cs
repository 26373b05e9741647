using Scalar.AspNetCore;

namespace IncidentWorkflows.Host.OpenApi;

public static class OpenApiExtensions
{
    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddOpenApi();
        return services;
    }

    /// <summary>
    /// Mapped in every environment, not only Development: the document is the contract the web app's API types
    /// are generated from and integrators read it on production hosts. Scalar's assets ship in its package, so it works offline.
    /// </summary>
    public static WebApplication MapApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference();
        return app;
    }
}
