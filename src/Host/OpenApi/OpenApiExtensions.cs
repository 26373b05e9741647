using Scalar.AspNetCore;

namespace IncidentWorkflows.Host.OpenApi;

public static class OpenApiExtensions
{
    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            // The default title is the assembly name; integrators should see the product.
            document.Info.Title = "IncidentWorkflows API";
            document.Info.Description = "Incident management back office on an Elsa-3-compatible workflow engine.";
            return Task.CompletedTask;
        }));
        return services;
    }

    /// <summary>
    /// Mapped in every environment, not only Development: the document is the contract the web app's API types
    /// are generated from and integrators read it on production hosts. Scalar's assets ship in its package, so it works offline.
    /// </summary>
    public static WebApplication MapApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
        return app;
    }
}
