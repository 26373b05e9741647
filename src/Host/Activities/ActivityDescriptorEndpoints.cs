using IncidentWorkflows.Engine.Descriptors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Activities;

public static class ActivityDescriptorEndpoints
{
    public static WebApplication MapActivityDescriptorEndpoints(this WebApplication app)
    {
        app.MapGet("/api/activity-descriptors", List)
            .WithName("ListActivityDescriptors")
            .WithTags("Activities")
            .RequireAuthorization(Auth.Policies.Authenticated)
            .WithSummary("Every activity type the engine can run, with its inputs, outputs and outcomes (for the designer).");
        return app;
    }

    private static Ok<ActivityDescriptorList> List(ActivityRegistry registry)
    {
        var items = registry.Descriptors.ToList();
        return TypedResults.Ok(new ActivityDescriptorList(items, items.Count));
    }
}

/// <summary>The same envelope as Elsa's descriptor endpoint (items + count), so designer code written for it fits.</summary>
public sealed record ActivityDescriptorList(IReadOnlyList<ActivityDescriptor> Items, int Count);
